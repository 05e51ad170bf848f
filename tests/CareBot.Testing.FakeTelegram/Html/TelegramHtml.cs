using System.Diagnostics.CodeAnalysis;

namespace CareBot.Testing.FakeTelegram.Html;

/// <summary>
/// Telegram's HTML parse mode, following the server's parser (tdlib): the supported tags only, the four named
/// character references plus numeric ones, errors worded as the server words them.
/// </summary>
public static class TelegramHtml
{
    public static IReadOnlySet<string> SupportedTags { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
        "code", "pre", "blockquote", "tg-emoji",
    };

    /// <summary>
    /// Parses <paramref name="html"/> into what the user reads. On failure <paramref name="error"/> is what Telegram
    /// puts after "Bad Request: can't parse entities: ". The result is not yet trimmed (see <see cref="ParsedText.Trimmed"/>).
    /// </summary>
    public static bool TryParse(
        string html,
        bool rejectUnescapedAmpersand,
        [NotNullWhen(true)] out ParsedText? parsed,
        [NotNullWhen(false)] out string? error)
    {
        var parser = new TelegramHtmlParser(html, rejectUnescapedAmpersand);
        parsed = parser.Parse();
        error = parser.Error;
        return parsed is not null;
    }

    /// <summary>Parses and trims like sendMessage does; throws on markup Telegram would reject. Handy in renderer tests.</summary>
    public static ParsedText Parse(string html, bool rejectUnescapedAmpersand = true) =>
        TryParse(html, rejectUnescapedAmpersand, out var parsed, out var error)
            ? parsed.Trimmed()
            : throw new FormatException($"can't parse entities: {error}");
}
