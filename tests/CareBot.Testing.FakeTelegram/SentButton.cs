namespace CareBot.Testing.FakeTelegram;

/// <summary>One inline keyboard button as the bot sent it.</summary>
public sealed record SentButton(string Text, string? CallbackData, string? Url);
