namespace CareBot.Testing.FakeTelegram;

/// <summary>A Telegram account known to the fake: a scripted person, or the bot itself.</summary>
public sealed record FakeUser(long Id, string FirstName, string? Username = null, bool IsBot = false, string? LanguageCode = null);
