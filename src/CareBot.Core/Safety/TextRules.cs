using System.Buffers;
using System.Globalization;
using System.Text;

namespace CareBot.Core.Safety;

/// <summary>The rules every piece of stored user text must meet, with a friendly reason when it doesn't.</summary>
public static class TextRules
{
    public const int MaxNeedOrOfferLength = 1000;

    public static Problem? Check(string text, int maxLength)
    {
        if (!text.Any(IsVisible))
        {
            return new Problem("That message is empty.");
        }

        if (text.Length > maxLength)
        {
            return new Problem(
                $"That's {text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters; please keep it under " +
                $"{maxLength.ToString("N0", CultureInfo.InvariantCulture)} and try again. Nothing was saved.");
        }

        if (text.Any(IsForbiddenControl))
        {
            return new Problem("Your message contains invisible control characters I can't store. Please retype it as plain text.");
        }

        return null;
    }

    /// <summary>
    /// At most <paramref name="max"/> characters (UTF-16 units, as .NET and Telegram count them), ending in "…" when the
    /// text was longer. An emoji is never cut in half: half of one shows as a replacement character.
    /// </summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var keep = max - 1;
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return text[..keep] + "…";
    }

    /// <summary>Collapses runs of spaces and trims, keeping line breaks a person typed.</summary>
    public static string Normalize(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(line => string.Join(' ', line.Split(' ', '\t').Where(part => part.Length > 0))))
        .Trim();

    /// <summary>
    /// The text with every lone half of a surrogate pair (a broken emoji, which no client sends but a fuzzer or a
    /// broken one might) replaced by U+FFFD: such text can't be written as UTF-8, so storing it would fail the command.
    /// </summary>
    public static string WellFormed(string text)
    {
        var at = 0;
        while (at < text.Length && Rune.DecodeFromUtf16(text.AsSpan(at), out _, out var used) == OperationStatus.Done)
        {
            at += used;
        }

        if (at == text.Length)
        {
            return text;
        }

        var repaired = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            repaired.Append(rune.ToString());
        }

        return repaired.ToString();
    }

    /// <summary>The words of a text, separated by any white space: a line break parts two words as a space does.</summary>
    public static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Whether a character shows as something: not white space, not a format character (zero-width spaces and joiners,
    /// the word joiner, a byte-order mark, a soft hyphen), and not one of the fillers that render as blank. A message of
    /// only those would be posted as an empty need.
    /// </summary>
    private static bool IsVisible(char c) =>
        !char.IsWhiteSpace(c)
        && char.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.Control)
        && c is not ('͏' or 'ᅟ' or 'ᅠ' or '⠀' or 'ㅤ' or 'ﾠ');

    /// <summary>Control characters, and every bidirectional embedding, override and isolate (U+202A–U+202E, U+2066–U+2069), which can make text read differently from what it says.</summary>
    private static bool IsForbiddenControl(char c) =>
        c != '\n' && c != '\r' && c != '\t'
        && (char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');
}
