namespace CareBot.Testing.FakeTelegram.Html;

/// <summary>Text as a Telegram user sees it, with the entities that format it.</summary>
public sealed record ParsedText(string Text, IReadOnlyList<TextEntity> Entities)
{
    /// <summary>Length as Telegram measures its limits: UTF-16 code units, which is what a .NET string counts.</summary>
    public int Length => Text.Length;

    public static ParsedText Plain(string text) => new(text, []);

    /// <summary>
    /// Telegram strips leading and trailing whitespace from every message; entities are clipped to what remains,
    /// and an entity left empty disappears.
    /// </summary>
    public ParsedText Trimmed()
    {
        var start = 0;
        while (start < Text.Length && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        var end = Text.Length;
        while (end > start && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        if (start == 0 && end == Text.Length)
        {
            return this;
        }

        var entities = new List<TextEntity>();
        foreach (var entity in Entities)
        {
            var from = Math.Max(entity.Offset, start);
            var to = Math.Min(entity.End, end);
            if (to > from)
            {
                entities.Add(entity with { Offset = from - start, Length = to - from });
            }
        }

        return new ParsedText(Text[start..end], entities);
    }
}
