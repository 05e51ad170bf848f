namespace CareBot.Testing.FakeTelegram;

/// <summary>How the bot answered a callback query (answerCallbackQuery).</summary>
public sealed record CallbackAnswer(string QueryId, string? Text, bool ShowAlert, string? Url, int? CacheTime, DateTimeOffset At);
