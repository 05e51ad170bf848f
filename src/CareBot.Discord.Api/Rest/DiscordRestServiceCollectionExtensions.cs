using CareBot.Discord.Api.Rest.RateLimits;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareBot.Discord.Api.Rest;

public static class DiscordRestServiceCollectionExtensions
{
    /// <summary>Connections to Discord at once: the bot's 50 requests a second, and interaction answers beside them.</summary>
    private const int MaxConnections = 50;

    /// <summary>
    /// Registers <see cref="DiscordRestClient"/> as a typed HttpClient, its options (validated when the host
    /// starts) and the one rate limiter all its instances share. The HttpClient's own request logging is removed:
    /// it would write webhook and interaction tokens, which sit in URLs, to the logs.
    /// </summary>
    public static IServiceCollection AddDiscordRest(this IServiceCollection services, Action<DiscordApiOptions> configureApi, Action<DiscordRestOptions>? configureRest = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DiscordApiOptions>().Configure(configureApi).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DiscordRestOptions>().Configure(configureRest ?? (_ => { })).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DiscordRateLimiter>();
        services.AddHttpClient(nameof(DiscordRestClient), (provider, http) =>
            {
                var api = provider.GetRequiredService<IOptions<DiscordApiOptions>>().Value;
                var rest = provider.GetRequiredService<IOptions<DiscordRestOptions>>().Value;
                http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bot " + api.Token);
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", rest.UserAgent);
                // Waits for rate limits happen before sending, so one HTTP exchange is never long.
                http.Timeout = TimeSpan.FromSeconds(30);
            })
            // The gateway and the adapter hold the client for the life of the host, so the factory never swaps its
            // handler; connections are renewed every few minutes instead, so a change of Discord's addresses is seen.
            // A burst of interactions must not open a connection (a TLS handshake) per request: requests beyond the pool
            // wait for a connection already open, which is sooner (docs/benchmarks.md, Discord under load).
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                MaxConnectionsPerServer = MaxConnections,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddTypedClient((http, provider) => new DiscordRestClient(
                http,
                provider.GetRequiredService<DiscordRateLimiter>(),
                provider.GetRequiredService<IOptions<DiscordApiOptions>>().Value,
                provider.GetRequiredService<IOptions<DiscordRestOptions>>().Value,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<DiscordRestClient>>()));
        return services;
    }
}
