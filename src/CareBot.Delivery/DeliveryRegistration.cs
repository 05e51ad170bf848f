using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareBot.Delivery;

public static class DeliveryRegistration
{
    /// <summary>
    /// Delivers the outbox to the platform <typeparamref name="TPlatform"/> plugs in (registered here as a singleton).
    /// The engine and a TimeProvider come from the host.
    /// </summary>
    public static IServiceCollection AddOutboxDelivery<TPlatform>(this IServiceCollection services)
        where TPlatform : class, IDeliveryPlatform
    {
        services.TryAddSingleton<TPlatform>();
        services.AddHostedService<OutboxDeliveryService<TPlatform>>();
        return services;
    }
}
