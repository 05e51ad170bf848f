using CareBot.Discord.Hosting;

namespace CareBot.Composition;

/// <summary>Which adapters run: every chat adapter whose token is set (Telegram, Discord, or both); the console when asked for or when none is.</summary>
internal sealed record AdapterSelection(bool Console, bool Telegram, bool Discord)
{
    public static AdapterSelection From(IConfiguration configuration, bool consoleOnly)
    {
        if (consoleOnly)
        {
            return new AdapterSelection(true, false, false);
        }

        var telegram = !string.IsNullOrWhiteSpace(configuration["Telegram:Token"]);
        var discord = !string.IsNullOrWhiteSpace(configuration["Discord:Token"]);
        return new AdapterSelection(!telegram && !discord, telegram, discord);
    }

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        if (Telegram)
        {
            services.AddTelegramAdapter(configuration);
        }

        if (Discord)
        {
            services.AddDiscord(configuration);
        }
    }
}
