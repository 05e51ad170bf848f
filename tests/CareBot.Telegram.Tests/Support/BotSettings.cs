using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.Support;

/// <summary>The configuration a new user would give the host, as command-line settings, for a bot pointed at the fake.</summary>
internal static class BotSettings
{
    /// <summary>Limits loose enough that tests which are not about limits don't wait a second per message.</summary>
    public static readonly IReadOnlyDictionary<string, string> Unlimited = new Dictionary<string, string>
    {
        ["Telegram:Limits:PerChatIntervalMs"] = "0",
        ["Telegram:Limits:GroupMessagesPerMinute"] = "100000",
        ["Telegram:Limits:MessagesPerSecond"] = "100000",
    };

    public static Dictionary<string, string> For(FakeTelegramServer fake, string databasePath, IReadOnlyDictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Telegram:Token"] = fake.Token,
            ["Telegram:ApiBaseUrl"] = fake.BaseUrl.ToString(),
            ["Storage:Path"] = databasePath,
            ["Telegram:PollTimeoutSeconds"] = "10",
            ["Logging:LogLevel:Default"] = "Warning",

            // Words only: these tests are about Telegram, and a sentence model per bot would cost seconds and 300 MB each.
            ["Understanding:Model"] = "None",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return settings;
    }
}
