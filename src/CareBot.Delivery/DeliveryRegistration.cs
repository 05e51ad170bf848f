using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareBot.Delivery;

public static class DeliveryRegistration
{
    /// <summary>
    /// Delivers the outbox to the platform <typeparamref name="TPlatform"/> plugs in (registered here as a singleton).
    /// The engine and a TimeProvider come from the host;
    /// the Delivery section from its configuration. The platform's <see cref="BotWideLimit{TPlatform}"/> is registered
    /// too, for its own requests outside the outbox.
    /// </summary>
    public static IServiceCollection AddOutboxDelivery<TPlatform>(this IServiceCollection services)
        where TPlatform : class, IDeliveryPlatform
    {
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>());
        services.TryAddSingleton<TPlatform>();
        services.TryAddSingleton(provider => new BotWideLimit<TPlatform>(
            () => provider.GetRequiredService<TPlatform>().Limits.PerBot,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<DeliveryOptions>>()));
        services.AddHostedService<OutboxDeliveryService<TPlatform>>();
        return services;
    }
}
