namespace CareBot.Maps.Scene;

/// <summary>
/// Sizes in pixels. The picture is 720 wide and, with every row used, about 1,280 tall: Telegram scales photos down to
/// 1,280 on their long side, so more pixels would be thrown away. A chat shows it about 300 points wide on a phone, so
/// type is drawn large (a category's 31 px is about 13 points there, a number's 26 px about 11) and rows are few.
/// </summary>
internal static class MapLayout
{
    public const int Width = 720;

    /// <summary>Never wider than tall: a phone screen is portrait, and so is the chat around the picture.</summary>
    public const int MinHeight = Width;

    /// <summary>Telegram's longest side for a photo: rows are left to the text rather than drawn taller than this.</summary>
    public const int MaxHeight = 1280;

    public const float Margin = 36;

    public const float Inner = Width - (2 * Margin);

    /// <summary>Rows drawn at most (see <see cref="RowSelection"/>); the rest are counted in a line below them.</summary>
    public const int MaxRows = 8;

    /// <summary>However many gaps there are, this many rows (if there are as many) show what is on offer.</summary>
    public const int MinOfferedRows = 3;

    public const float HeadingSize = 26;
    public const float TitleSize = 44;
    public const float SummarySize = 27;
    public const float LegendSize = 25;
    public const float CategorySize = 31;
    public const float ValueSize = 26;
    public const float NoteSize = 24;

    /// <summary>Height of a line of text: the type size and room for descenders and accents.</summary>
    public static float Line(float size) => MathF.Ceiling(size * 1.3f);

    public const float BarHeight = 22;
    public const float BarGap = 6;
    public const float RowGap = 20;
    public const float GapStripe = 6;

    /// <summary>Between a bar's end and its number.</summary>
    public const float ValueGap = 10;

    /// <summary>Bars never shrink below this, however long their numbers: a bar the eye can't see isn't a bar.</summary>
    public const float MinBarArea = 240;

    public const float SwatchSize = 20;
}
