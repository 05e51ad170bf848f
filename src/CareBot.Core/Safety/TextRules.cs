using System.Globalization;

namespace CareBot.Core.Safety;

/// <summary>The rules every piece of stored user text must meet, with a friendly reason when it doesn't.</summary>
public static class TextRules
{
    public const int MaxNeedOrOfferLength = 1000;

    public static Problem? Check(string text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
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

    /// <summary>Collapses runs of spaces and trims, keeping line breaks a person typed.</summary>
    public static string Normalize(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(line => string.Join(' ', line.Split(' ', '\t').Where(part => part.Length > 0))))
        .Trim();

    /// <summary>Control characters, and every bidirectional embedding, override and isolate (U+202A–U+202E, U+2066–U+2069), which can make text read differently from what it says.</summary>
    private static bool IsForbiddenControl(char c) =>
        c != '\n' && c != '\r' && c != '\t'
        && (char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');
}
