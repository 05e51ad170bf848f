using CareBot.Maps.Drawing;
using ScottPlot;

namespace CareBot.Maps.Scene;

/// <summary>What the colours mean, in one line of swatches and words (two when they don't fit).</summary>
internal static class LegendPart
{
    private const float SwatchGap = 8;
    private const float ItemGap = 24;

    private static readonly (Color Colour, string Words)[] Items =
    [
        (MapColours.FreeNow, "free now"),
        (MapColours.Busy, "busy or on a break"),
        (MapColours.Needs, "open needs"),
    ];

    public static void Write(SceneWriter writer)
    {
        writer.Y += 10;
        var line = MapLayout.Line(MapLayout.LegendSize);
        var x = MapLayout.Margin;
        foreach (var (colour, words) in Items)
        {
            var width = MapLayout.SwatchSize + SwatchGap + TextFitter.Width(words, MapLayout.LegendSize, bold: false);
            if (x > MapLayout.Margin && x + width > MapLayout.Width - MapLayout.Margin)
            {
                x = MapLayout.Margin;
                writer.Y += line;
            }

            writer.Rect(x, writer.Y + ((line - MapLayout.SwatchSize) / 2), MapLayout.SwatchSize, MapLayout.SwatchSize, colour, SceneRole.Legend);
            x += MapLayout.SwatchSize + SwatchGap;
            x += writer.Text(words, x, writer.Y, MapLayout.LegendSize, bold: false, MapColours.Text, SceneRole.Legend) + ItemGap;
        }

        writer.Y += line + MapLayout.RowGap;
    }
}
