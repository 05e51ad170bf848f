using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest;

namespace CareBot.Discord.Api.Gateway;

/// <summary>The gateway's address and session budget, asked over REST so the request shares the client's rate limits and invalid-request guard.</summary>
public sealed class RestGatewayBotSource(DiscordRestClient rest) : IGatewayBotSource
{
    public Task<DiscordResult<GatewayBot>> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        rest.GetGatewayBotAsync(cancellationToken);
}
