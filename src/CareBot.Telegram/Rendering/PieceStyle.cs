namespace CareBot.Telegram.Rendering;

/// <summary>How a piece of text is wrapped in HTML.</summary>
internal enum PieceStyle
{
    Plain,
    Bold,
    Italic,
    Code,

    /// <summary>A link to a Telegram account (<c>tg://user?id=…</c>).</summary>
    UserLink,
}
