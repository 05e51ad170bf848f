using CareBot.Testing.FakeTelegram.Html;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>A message text or caption: as sent, its parse mode, and as a user reads it.</summary>
internal sealed record FormattedText(string Raw, string? ParseMode, ParsedText Parsed);
