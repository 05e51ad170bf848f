using System.Globalization;
using CareBot.Maps.Drawing;
using SkiaSharp;

namespace CareBot.Maps.Scene;

/// <summary>
/// Measures words with the embedded font the picture is drawn in, and cuts what doesn't fit with an ellipsis, between
/// whole characters (never inside an accent or an emoji). Characters the font can't draw are left out: a missing
/// emoji reads better than an empty box, and the text beside the picture keeps every word.
/// </summary>
internal static class TextFitter
{
    private const string Ellipsis = "…";

    public static float Width(string text, float size, bool bold)
    {
        using var font = Font(size, bold);
        return font.MeasureText(text);
    }

    public static string Fit(string text, float size, bool bold, float maxWidth)
    {
        text = Drawable(text, bold);
        using var font = Font(size, bold);
        if (font.MeasureText(text) <= maxWidth)
        {
            return text;
        }

        var elements = Boundaries(text);
        int low = 0, high = elements.Length;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (font.MeasureText(Cut(text, elements, middle)) <= maxWidth)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low == 0 ? "" : Cut(text, elements, low);
    }

    /// <summary>Words in lines that each fit <paramref name="maxWidth"/>; past <paramref name="maxLines"/>, the last line is cut.</summary>
    public static IReadOnlyList<string> Wrap(string text, float size, bool bold, float maxWidth, int maxLines)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in Drawable(text, bold).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var longer = current.Length == 0 ? word : current + " " + word;
            if (current.Length == 0 || Width(longer, size, bold) <= maxWidth)
            {
                current = longer;
                continue;
            }

            lines.Add(current);
            current = word;
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        if (lines.Count > maxLines)
        {
            lines[maxLines - 1] = string.Join(' ', lines.Skip(maxLines - 1));
            lines.RemoveRange(maxLines, lines.Count - maxLines);
        }

        return [.. lines.Select(line => Fit(line, size, bold, maxWidth))];
    }

    /// <summary>The text without the characters the font has no glyph for, spaces tidied.</summary>
    public static string Drawable(string text, bool bold)
    {
        var typeface = MapFonts.For(bold);
        var kept = new System.Text.StringBuilder(text.Length);
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            var first = char.ConvertToUtf32(element, 0);
            if (char.IsWhiteSpace(element[0]) || typeface.ContainsGlyph(first))
            {
                kept.Append(char.IsWhiteSpace(element[0]) ? " " : element);
            }
        }

        return string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Where each whole character (text element) starts.</summary>
    private static int[] Boundaries(string text)
    {
        var starts = new List<int>();
        for (var i = 0; i < text.Length; i += StringInfo.GetNextTextElementLength(text, i))
        {
            starts.Add(i);
        }

        return [.. starts];
    }

    private static string Cut(string text, int[] elements, int count) =>
        text[..(count < elements.Length ? elements[count] : text.Length)].TrimEnd() + Ellipsis;

    private static SKFont Font(float size, bool bold) => new(MapFonts.For(bold), size) { Subpixel = true };
}
