namespace CareBot.Testing.FakeTelegram;

/// <summary>How the fake behaves; the defaults match the real Bot API where it has a known value.</summary>
public sealed class FakeTelegramOptions
{
    /// <summary>The only token accepted; anything else is answered 401. The number before ':' is the bot's user id.</summary>
    public string Token { get; init; } = "123456:TEST-token";

    public string BotUsername { get; init; } = "carebot_test_bot";

    public string BotFirstName { get; init; } = "CareBot Test";

    /// <summary>Clock for message dates, rate limits, callback expiry and long-poll timeouts.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public FakeRateLimitOptions RateLimits { get; init; } = new();

    /// <summary>After this, answerCallbackQuery fails with "query is too old" (Telegram allows roughly 15 seconds).</summary>
    public TimeSpan CallbackQueryLifetime { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// An empty long poll is answered this much before its timeout, so a client whose HTTP timeout equals
    /// the poll timeout still gets an answer rather than a timeout.
    /// </summary>
    public TimeSpan LongPollEarlyReturn { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// How long after it arrived every call but getUpdates gets its answer; the fake does what it asked at once (a
    /// message is in its chat before the answer leaves). Telegram takes 50-300 ms; a bot killed in that time never
    /// learns its message arrived. Zero (the default) answers at once.
    /// </summary>
    public TimeSpan AnswerDelay { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// The live server keeps a stray '&amp;' as a literal, but its docs require escaping it; rejecting it here
    /// catches user text that reached HTML unescaped. Set false to behave exactly like the live server.
    /// </summary>
    public bool RejectUnescapedAmpersand { get; init; } = true;

    /// <summary>
    /// Telegram's group privacy mode, on for every new bot: in groups the bot only receives commands, replies to its
    /// messages and mentions of it (everything when it is an administrator). getMe reports it as
    /// can_read_all_group_messages.
    /// </summary>
    public bool PrivacyMode { get; init; } = true;

    /// <summary>
    /// The live server requires an https webhook; a test's bot listens on plain http on the loopback address, which this
    /// switch lets setWebhook accept (nothing else changes).
    /// </summary>
    public bool AllowHttpWebhookOnLoopback { get; init; }

    /// <summary>How long the fake waits before pushing an update again after the bot didn't answer 200 (Telegram waits longer).</summary>
    public TimeSpan WebhookRetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    internal long BotId => long.TryParse(Token.AsSpan(0, Math.Max(0, Token.IndexOf(':'))), out var id) ? id : 123456;
}
