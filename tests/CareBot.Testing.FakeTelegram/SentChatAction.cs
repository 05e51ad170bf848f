namespace CareBot.Testing.FakeTelegram;

/// <summary>A sendChatAction call ("typing", "upload_photo", ...).</summary>
public sealed record SentChatAction(long ChatId, string Action, DateTimeOffset At);
