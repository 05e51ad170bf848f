using CareBot.Maps.Scene;
using ScottPlot;
using SkiaSharp;

namespace CareBot.Maps.Drawing;

/// <summary>
/// Draws a laid-out <see cref="MapScene"/> with ScottPlot: a frameless plot whose coordinates are the picture's
/// pixels (y counted up from the bottom, as ScottPlot counts), rectangles for bars and bands, text for the words.
/// </summary>
internal static class ScenePainter
{
    /// <summary>
    /// How the PNG is compressed. Encoding took most of the time with ScottPlot's default (about 40 of 46 ms, every PNG
    /// filter tried at zlib level 6); the picture is flat colour and rows of text, for which the "sub" filter at level 3
    /// does as well (146 KB instead of 156 KB for a 10,000-member map) in a fifth of the time. See docs/benchmarks.md.
    /// </summary>
    private static readonly SKPngEncoderOptions Compression = new(SKPngEncoderFilterFlags.Sub, zLibLevel: 3);

    public static byte[] Png(MapScene scene)
    {
        MapFonts.EnsureLoaded();
        var plot = new Plot();
        try
        {
            plot.FigureBackground.Color = MapColours.Background;
            plot.DataBackground.Color = MapColours.Background;
            plot.Layout.Frameless();
            plot.HideGrid();
            plot.Axes.SetLimits(0, scene.Width, 0, scene.Height);

            foreach (var rect in scene.Rects)
            {
                var shape = plot.Add.Rectangle(rect.Left, rect.Right, scene.Height - rect.Bottom, scene.Height - rect.Top);
                shape.FillColor = rect.Colour;
                shape.LineWidth = 0;
            }

            foreach (var text in scene.Texts.Where(text => text.Text.Length > 0))
            {
                var label = plot.Add.Text(text.Text, text.X, scene.Height - text.Top);
                label.LabelFontName = MapFonts.Family;
                label.LabelFontSize = text.Size;
                label.LabelBold = text.Bold;
                label.LabelFontColor = text.Colour;
                label.LabelAlignment = text.AlignRight ? Alignment.UpperRight : Alignment.UpperLeft;
            }

            using var surface = SKSurface.Create(new SKImageInfo(scene.Width, scene.Height, SKColorType.Rgba8888, SKAlphaType.Premul))
                ?? throw new InvalidOperationException($"SkiaSharp could not make a {scene.Width}×{scene.Height} surface.");
            plot.Render(surface.Canvas, scene.Width, scene.Height);
            using var pixels = surface.PeekPixels();
            using var png = pixels.Encode(Compression) ?? throw new InvalidOperationException("SkiaSharp could not encode the map as a PNG.");
            return png.ToArray();
        }
        finally
        {
            plot.Dispose();
        }
    }
}
