namespace CareBot.Discord.Rendering;

/// <summary>
/// Splits rendered markdown into pieces of at most a limit: at a line break when one is near, else at a space, else
/// hard; never between a backslash and the character it escapes, nor inside a surrogate pair.
/// </summary>
public static class TextChunks
{
    public static IReadOnlyList<string> Split(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
        var pieces = new List<string>();
        var rest = text.AsSpan().TrimEnd();
        while (rest.Length > limit)
        {
            var cut = CutPoint(rest, limit);
            pieces.Add(rest[..cut].TrimEnd().ToString());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || pieces.Count == 0)
        {
            pieces.Add(rest.ToString());
        }

        return pieces;
    }

    private static int CutPoint(ReadOnlySpan<char> text, int limit)
    {
        var window = text[..limit];
        var newline = window.LastIndexOf('\n');
        if (newline >= limit / 2)
        {
            return newline + 1;
        }

        var space = window.LastIndexOf(' ');
        if (space >= limit / 2)
        {
            return space + 1;
        }

        var cut = limit;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        // An odd run of backslashes before the cut means the last one escapes the next character: keep them together.
        var slashes = 0;
        while (slashes < cut && text[cut - 1 - slashes] == '\\')
        {
            slashes++;
        }

        return slashes % 2 == 1 ? cut - 1 : cut;
    }
}
