namespace CareBot.Testing.FakeTelegram;

/// <summary>
/// A send the fake refused with 429, and which of Telegram's limits it would have passed ("per chat", "per group",
/// "global"): what a test needs to tell which count the bot got wrong.
/// </summary>
public sealed record RateLimitRefusal(DateTimeOffset At, long ChatId, string Limit, int RetryAfter);
