using CareBot.Core.Reports;
using CareBot.Maps.Scene;
using CareBot.Maps.Tests.Support;
using SkiaSharp;

namespace CareBot.Maps.Tests;

/// <summary>What a phone receives: a PNG that opens, portrait, no taller than Telegram keeps, with nothing drawn off its edges.</summary>
public sealed class PictureFileTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static TheoryData<string> Samples => [.. Pictures.Names];

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_picture_is_a_png_that_opens_720_wide_and_portrait(string sample)
    {
        var png = Pictures.Png(sample);

        Assert.Equal(PngSignature, png[..8]);
        using var bitmap = Pictures.Bitmap(sample);
        Assert.Equal(720, bitmap.Width);
        Assert.InRange(bitmap.Height, 720, 1280);
        Assert.Equal(Pictures.Scene(sample).Height, bitmap.Height);
        Assert.InRange(png.Length, 1, 10 * 1024 * 1024);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Nothing_is_drawn_within_24_pixels_of_the_edges_so_no_word_is_cut_off(string sample)
    {
        using var bitmap = Pictures.Bitmap(sample);

        var touched = Border(bitmap, 24).Where(p => bitmap.GetPixel(p.X, p.Y) != SKColors.White).ToList();

        Assert.True(touched.Count == 0, $"{touched.Count} pixels drawn in the border, the first at {touched.FirstOrDefault()}");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_line_of_words_leaves_ink_where_the_layout_put_it(string sample)
    {
        using var bitmap = Pictures.Bitmap(sample);

        foreach (var text in Pictures.Scene(sample).Texts.Where(t => t.Text.Length > 0))
        {
            var width = TextFitter.Width(text.Text, text.Size, text.Bold);
            var box = SKRectI.Round(new SKRect(text.X, text.Top, text.X + width, text.Top + MapLayout.Line(text.Size)));
            var ink = Enumerable.Range(box.Left, box.Width).SelectMany(x => Enumerable.Range(box.Top, box.Height).Select(y => bitmap.GetPixel(x, y)))
                .Count(colour => (0.299 * colour.Red) + (0.587 * colour.Green) + (0.114 * colour.Blue) < 128);
            Assert.True(ink > 10 * text.Text.Length, $"“{text.Text}” left {ink} dark pixels in {box}");
        }
    }

    [Fact]
    public void The_painter_hands_the_engine_a_png_named_map_png_with_alt_text()
    {
        var picture = new ScottPlotMapPainter().Paint(MapSamples.Small());

        Assert.Equal((MapPicture.FileName, MapPicture.MediaType), (picture.FileName, picture.MediaType));
        Assert.Equal(PngSignature, picture.Content[..8]);
        Assert.Contains("nobody offers pets", picture.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Maps_drawn_at_the_same_moment_on_several_threads_come_out_as_if_drawn_one_by_one()
    {
        // Pictures are drawn on the delivery's threads, several at once: none may borrow another's half-drawn state.
        var painter = new ScottPlotMapPainter();
        var maps = new[] { MapSamples.Small(), MapSamples.Neighbourhood(), MapSamples.Crowded() };
        var alone = maps.Select(map => painter.Paint(map).Content).ToList();

        var together = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => (i, painter.Paint(maps[i % maps.Length]).Content))));

        Assert.All(together, drawn => Assert.Equal(alone[drawn.i % maps.Length], drawn.Content));
    }

    private static IEnumerable<(int X, int Y)> Border(SKBitmap bitmap, int width) =>
        from y in Enumerable.Range(0, bitmap.Height)
        from x in Enumerable.Range(0, bitmap.Width)
        where x < width || y < width || x >= bitmap.Width - width || y >= bitmap.Height - width
        select (x, y);
}
