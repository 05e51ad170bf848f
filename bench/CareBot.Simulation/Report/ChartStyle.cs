using CareBot.Maps.Drawing;
using ScottPlot;
using SkiaSharp;

namespace CareBot.Simulation.Report;

/// <summary>
/// What both charts share: the /map picture's embedded Inter (so a chart looks the same on a bare server), colours
/// that colour-blind readers can tell apart (Okabe and Ito), and rendering to PNG bytes on SkiaSharp.
/// </summary>
internal static class ChartStyle
{
    private static readonly Color[] Palette =
    [
        Color.FromHex("#009E73"), Color.FromHex("#E69F00"), Color.FromHex("#0072B2"), Color.FromHex("#CC79A7"),
        Color.FromHex("#D55E00"), Color.FromHex("#56B4E9"), Color.FromHex("#000000"),
    ];

    public static Color Muted { get; } = Color.FromHex("#8A8A8A");

    public static Color ColourOf(int index) => Palette[index % Palette.Length];

    /// <summary>A plot with every label in Inter.</summary>
    public static Plot NewPlot()
    {
        MapFonts.EnsureLoaded();
        var plot = new Plot();
        plot.Font.Set(MapFonts.Family);
        return plot;
    }

    public static byte[] Png(Plot plot, int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"SkiaSharp could not make a {width}×{height} surface.");
        plot.Render(surface.Canvas, width, height);
        using var pixels = surface.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, zLibLevel: 6)) ?? throw new InvalidOperationException("SkiaSharp could not encode the chart as a PNG.");
        return png.ToArray();
    }
}
