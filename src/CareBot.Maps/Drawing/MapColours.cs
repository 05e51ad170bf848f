using ScottPlot;

namespace CareBot.Maps.Drawing;

/// <summary>
/// Colours from Okabe and Ito's palette, which stays distinct for the common kinds of colour blindness. No meaning
/// rests on colour alone: every bar is labelled in words, and a gap says "nobody offers this yet".
/// </summary>
internal static class MapColours
{
    /// <summary>People offering who are free now (Okabe–Ito blue).</summary>
    public static readonly Color FreeNow = Color.FromHex("#0072B2");

    /// <summary>People offering who are busy or on a break (Okabe–Ito sky blue: the same hue, lighter).</summary>
    public static readonly Color Busy = Color.FromHex("#56B4E9");

    /// <summary>Open needs (Okabe–Ito orange).</summary>
    public static readonly Color Needs = Color.FromHex("#E69F00");

    /// <summary>Gaps: the words and the stripe that mark them (Okabe–Ito vermillion).</summary>
    public static readonly Color Gap = Color.FromHex("#D55E00");

    /// <summary>The words that name a gap: vermillion darkened until it reads as well as body text (over 4.5:1 on its band).</summary>
    public static readonly Color GapText = Color.FromHex("#9E3F00");

    /// <summary>The band behind a gap's row: vermillion, faint enough for dark text to stay readable on it.</summary>
    public static readonly Color GapBand = Color.FromHex("#FBE6DA");

    public static readonly Color Background = Colors.White;

    public static readonly Color Text = Color.FromHex("#1A1A1A");

    /// <summary>Secondary words (the date, the notes): still 7:1 against white.</summary>
    public static readonly Color Muted = Color.FromHex("#4D4D4D");

    /// <summary>The track behind bars, so a short bar still reads as part of a scale.</summary>
    public static readonly Color Track = Color.FromHex("#EEEEEE");
}
