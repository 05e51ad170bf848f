using CareBot.Core.Platforms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareBot.ConsoleAdapter;

public static class ConsoleAdapterRegistration
{
    /// <summary>
    /// Adds the console adapter. Its clock replaces the system one, so <c>:advance</c> moves the engine's time; it starts
    /// where the last run on the same database left it. Files it is sent are saved in the folder <paramref name="filesFolder"/> names.
    /// </summary>
    public static IServiceCollection AddConsoleAdapter(this IServiceCollection services, Func<IServiceProvider, string> filesFolder)
    {
        services.AddSingleton(sp => new ConsoleFiles(filesFolder(sp)));
        services.AddSingleton<ConsoleMemory>();
        services.AddSingleton(sp => new AdjustableTimeProvider(TimeProvider.System, sp.GetRequiredService<ConsoleMemory>().ClockOffset()));
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(sp => sp.GetRequiredService<AdjustableTimeProvider>()));
        services.AddSingleton<ConsoleAdminDirectory>();
        services.AddSingleton<IAdminDirectory>(sp => sp.GetRequiredService<ConsoleAdminDirectory>());
        services.AddSingleton<ConsoleSession>();
        services.AddSingleton(_ => ConsoleStreams.Standard());
        services.AddSingleton<ConsoleOutcome>();
        services.AddHostedService<ConsoleAdapterService>();
        return services;
    }
}
