namespace CareBot.Composition;

internal static class TelegramRegistration
{
    /// <summary>Placeholder until the Telegram adapter lands (issue 3).</summary>
    public static IServiceCollection AddTelegramAdapter(this IServiceCollection services, IConfiguration configuration) => services;
}
