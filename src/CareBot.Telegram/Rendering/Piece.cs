namespace CareBot.Telegram.Rendering;

/// <summary>
/// A run of text with one style, the unit the splitter moves between messages. Its length is what Telegram counts
/// (UTF-16 units of the text after the HTML is parsed), so a message is measured as Telegram measures it.
/// </summary>
internal sealed record Piece(string Text, PieceStyle Style = PieceStyle.Plain, long UserId = 0)
{
    public static Piece LineBreak { get; } = new("\n");

    public int Length => Text.Length;

    public bool IsLineBreak => ReferenceEquals(this, LineBreak);

    public string ToHtml()
    {
        var text = Html.Escape(Text);
        return Style switch
        {
            PieceStyle.Bold => $"<b>{text}</b>",
            PieceStyle.Italic => $"<i>{text}</i>",
            PieceStyle.Code => $"<code>{text}</code>",
            PieceStyle.UserLink => $"<a href=\"tg://user?id={UserId}\">{text}</a>",
            _ => text,
        };
    }

    /// <summary>The same style on part of the text (the splitter cuts a span too long for one message).</summary>
    public Piece Slice(int start, int length) => this with { Text = Text.Substring(start, length) };
}
