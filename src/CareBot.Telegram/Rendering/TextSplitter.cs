namespace CareBot.Telegram.Rendering;

/// <summary>
/// Splits a message into parts Telegram accepts (4096 characters as it counts them): between lines when it can,
/// between words when one line is too long, and never inside a tag, because each part is rendered from whole pieces.
/// </summary>
internal static class TextSplitter
{
    public const int TelegramLimit = 4096;

    public static IReadOnlyList<IReadOnlyList<Piece>> Split(IReadOnlyList<Piece> pieces, int limit = TelegramLimit)
    {
        var parts = new PartBuilder(limit);
        foreach (var line in Lines(pieces))
        {
            var length = line.Sum(piece => piece.Length);
            if (parts.Fits(length, asNewLine: true))
            {
                parts.AppendLine(line);
                continue;
            }

            parts.Flush();
            if (length <= limit)
            {
                parts.AppendLine(line);
                continue;
            }

            foreach (var piece in line)
            {
                parts.AppendCutting(piece);
            }
        }

        parts.Flush();
        return parts.Parts;
    }

    private static IEnumerable<List<Piece>> Lines(IReadOnlyList<Piece> pieces)
    {
        var line = new List<Piece>();
        foreach (var piece in pieces)
        {
            if (piece.IsLineBreak)
            {
                yield return line;
                line = [];
            }
            else
            {
                line.Add(piece);
            }
        }

        yield return line;
    }

    /// <summary>Where to cut <paramref name="text"/> to keep at most <paramref name="room"/> characters: after a space if there is one, never inside a surrogate pair.</summary>
    internal static int CutPoint(string text, int room)
    {
        var space = text.LastIndexOfAny([' ', '\n', '\t'], Math.Min(room, text.Length) - 1);
        if (space > 0)
        {
            return space + 1;
        }

        var cut = Math.Min(room, text.Length);
        return cut < text.Length && cut > 0 && char.IsLowSurrogate(text[cut]) ? cut - 1 : cut;
    }
}
