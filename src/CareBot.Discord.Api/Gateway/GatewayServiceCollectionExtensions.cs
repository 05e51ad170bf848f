using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareBot.Discord.Api.Gateway;

public static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// Registers the gateway client and the hosted service that runs it, with options validated at
    /// start-up. The gateway's address and session budget are asked over REST (call
    /// <c>AddDiscordRest</c> too) unless another <see cref="IGatewayBotSource"/> is registered first; the host
    /// may replace the in-memory <see cref="IIdentifyLedger"/> with one kept in its store.
    /// </summary>
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services, Action<DiscordGatewayOptions>? configure = null)
    {
        services.AddDiscordGatewayClient(configure);
        services.AddHostedService<DiscordGatewayService>();
        return services;
    }

    /// <summary>
    /// Like <see cref="AddDiscordGateway"/>, without the hosted service: for a host that decides itself when the client
    /// runs (e.g. only while it leads among several instances), and makes a client per run, as a client runs once.
    /// </summary>
    public static IServiceCollection AddDiscordGatewayClient(this IServiceCollection services, Action<DiscordGatewayOptions>? configure = null)
    {
        services.AddOptions<DiscordApiOptions>().ValidateDataAnnotations().ValidateOnStart();
        var gateway = services.AddOptions<DiscordGatewayOptions>().ValidateOnStart();
        if (configure is not null)
        {
            gateway.Configure(configure);
        }
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordGatewayOptions>, DiscordGatewayOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIdentifyLedger, InMemoryIdentifyLedger>();
        services.TryAddSingleton<IGatewayBotSource, RestGatewayBotSource>();
        services.TryAddSingleton<IGatewayTransport, WebSocketGatewayTransport>();
        services.TryAddSingleton<DiscordGatewayClient>();
        return services;
    }
}
