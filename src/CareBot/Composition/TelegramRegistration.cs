using CareBot.Telegram.Hosting;

namespace CareBot.Composition;

internal static class TelegramRegistration
{
    /// <summary>The Telegram adapter (long polling, delivery, admin rights); runs when Telegram:Token is set.</summary>
    public static IServiceCollection AddTelegramAdapter(this IServiceCollection services, IConfiguration configuration) =>
        services.AddTelegram(configuration);

    /// <summary>
    /// Reads, once the host has run (and been disposed), the one line the adapter left if it stopped the host
    /// (e.g. the token was rejected); null when it didn't or isn't running.
    /// </summary>
    public static Func<string?> StopReason(IServiceProvider services)
    {
        var shutdown = services.GetService<TelegramShutdown>();
        return () => shutdown?.Reason;
    }
}
