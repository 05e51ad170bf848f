using CareBot.Core.Categories;
using CareBot.Core.Engine;
using CareBot.Core.Platforms;
using CareBot.Core.Reports;
using CareBot.Core.Storage;
using CareBot.Core.Understanding;
using CareBot.Maps;
using CareBot.Understanding.MiniLM;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareBot.Composition;

internal static class EngineRegistration
{
    public static IServiceCollection AddCareBotEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddUnderstanding(configuration);

        // /map as a picture beside its text, on every adapter; the engine itself knows no drawing library. Each distinct
        // map is drawn once, however many members ask for it.
        services.TryAddSingleton<IMapPainter>(_ => new CachedMapPainter(new ScottPlotMapPainter()));
        services.AddSingleton(sp => new CareEngine(
            sp.GetRequiredService<ICareStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetServices<IAdminDirectory>(),
            sp.GetRequiredService<TextUnderstanding>(),
            sp.GetRequiredService<IMapPainter>()));
        return services;
    }

    /// <summary>
    /// For chat adapters: runs the engine's rhythms (waves, follow-ups, check-ins) on a timer, and writes the heartbeat
    /// <c>carebot health</c> reads.
    /// </summary>
    public static IServiceCollection AddRhythms(this IServiceCollection services)
    {
        services.AddHostedService<RhythmService>();
        services.AddHostedService<HeartbeatService>();
        return services;
    }

    /// <summary>The sentence model, loaded once when the engine is first needed (at start-up), and how texts are read with it.</summary>
    private static IServiceCollection AddUnderstanding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UnderstandingOptions>().Bind(configuration.GetSection(UnderstandingOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<UnderstandingOptions>, UnderstandingOptionsValidator>();
        services.AddSingleton(_ => new MiniLmSentenceEncoder());
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<UnderstandingOptions>>().Value.Model == UnderstandingOptions.MiniLm
            ? MiniLmMeanings.EnglishUnderstanding(sp.GetRequiredService<MiniLmSentenceEncoder>())
            : TextUnderstanding.WordsOnly);
        return services;
    }
}
