using CareBot.Core.Engine;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareBot.Composition;

internal static class EngineRegistration
{
    public static IServiceCollection AddCareBotEngine(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new CareEngine(
            sp.GetRequiredService<ICareStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetServices<IAdminDirectory>()));
        return services;
    }

    /// <summary>Runs the engine's rhythms (waves, follow-ups, check-ins) on a timer, for chat adapters.</summary>
    public static IServiceCollection AddRhythms(this IServiceCollection services)
    {
        services.AddHostedService<RhythmService>();
        return services;
    }
}
