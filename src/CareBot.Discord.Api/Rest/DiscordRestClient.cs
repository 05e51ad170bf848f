using System.Text.Json.Serialization.Metadata;
using CareBot.Discord.Api.Json;
using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest.RateLimits;
using Microsoft.Extensions.Logging;

namespace CareBot.Discord.Api.Rest;

/// <summary>
/// Discord's REST API for a bot: users, guilds, channels, messages, commands and interactions. Every method returns
/// a <see cref="DiscordResult{T}"/>: Discord's refusals, rate limits it could not wait out, and network failures are
/// values, not exceptions. Get it from DI (<c>AddDiscordRest</c>); all instances share one set of rate limits.
/// </summary>
public sealed partial class DiscordRestClient
{
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;
    private readonly RestRequestSender _sender;

    internal DiscordRestClient(HttpClient http, DiscordRateLimiter limiter, DiscordApiOptions api, DiscordRestOptions options, TimeProvider time, ILogger<DiscordRestClient> logger) =>
        _sender = new RestRequestSender(http, limiter, api.ApiBaseUrl, options, time, logger);

    /// <summary><c>GET /gateway/bot</c>: where the gateway is and how many sessions may start.</summary>
    public Task<DiscordResult<GatewayBot>> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        GetAsync(Get("/gateway/bot"), Json.GatewayBot, cancellationToken);

    private static RestRoute Get(string template, params string[] values) => RestRoute.Create(HttpMethod.Get, template, values);

    private Task<DiscordResult<T>> GetAsync<T>(RestRoute route, JsonTypeInfo<T> type, CancellationToken cancellationToken) =>
        SendAsync(new RestRequest(route), type, cancellationToken);

    private async Task<DiscordResult<T>> SendAsync<T>(RestRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken) =>
        RestResults.Read(await _sender.SendAsync(request, cancellationToken), type);

    private async Task<DiscordResult> SendAsync(RestRequest request, CancellationToken cancellationToken) =>
        RestResults.Read(await _sender.SendAsync(request, cancellationToken));
}
