namespace CareBot.Composition;

/// <summary>Which adapters run: every chat adapter whose token is set; the console when asked for or when none is.</summary>
internal sealed record AdapterSelection(bool Console, bool Telegram)
{
    public static AdapterSelection From(IConfiguration configuration, bool consoleOnly)
    {
        if (consoleOnly)
        {
            return new AdapterSelection(true, false);
        }

        var telegram = !string.IsNullOrWhiteSpace(configuration["Telegram:Token"]);
        return new AdapterSelection(!telegram, telegram);
    }

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        if (Telegram)
        {
            services.AddTelegramAdapter(configuration);
        }
    }
}
