using CareBot.Maps.Scene;
using ScottPlot;

namespace CareBot.Maps.Drawing;

/// <summary>
/// Draws a laid-out <see cref="MapScene"/> with ScottPlot: a frameless plot whose coordinates are the picture's
/// pixels (y counted up from the bottom, as ScottPlot counts), rectangles for bars and bands, text for the words.
/// </summary>
internal static class ScenePainter
{
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

            return plot.GetImageBytes(scene.Width, scene.Height, ImageFormat.Png);
        }
        finally
        {
            plot.Dispose();
        }
    }
}
