namespace CareBot.Testing.FakeTelegram;

/// <summary>A scripted button press: the callback query id the bot must answer, and what was pressed.</summary>
public sealed record PressedButton(string QueryId, long ChatId, int MessageId, long FromUserId, string CallbackData);
