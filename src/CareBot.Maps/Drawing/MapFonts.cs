using ScottPlot;
using SkiaSharp;

namespace CareBot.Maps.Drawing;

/// <summary>
/// Inter, regular and semibold, read once from this assembly's resources. Every word on the picture is drawn and
/// measured with these two typefaces, so the picture looks the same on a bare server, in Docker and on a laptop, and
/// a label measured to fit is drawn the width it was measured.
/// </summary>
internal static class MapFonts
{
    /// <summary>
    /// The name ScottPlot knows the embedded font by: one no installed font has, so ScottPlot's own resolver (which
    /// looks at installed fonts) can never answer for it instead.
    /// </summary>
    public const string Family = "CareBot Inter";

    private static readonly Lazy<(SKTypeface Regular, SKTypeface SemiBold)> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static SKTypeface Regular => Loaded.Value.Regular;

    public static SKTypeface SemiBold => Loaded.Value.SemiBold;

    public static SKTypeface For(bool bold) => bold ? SemiBold : Regular;

    /// <summary>Loads the typefaces and hands them to ScottPlot (once per process: ScottPlot's font list is global).</summary>
    public static void EnsureLoaded() => _ = Loaded.Value;

    private static (SKTypeface, SKTypeface) Load()
    {
        var fonts = (Read("Inter-Regular.otf"), Read("Inter-SemiBold.otf"));
        Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver(Family, fonts.Item1, fonts.Item2));
        return fonts;
    }

    private static SKTypeface Read(string file)
    {
        var name = $"CareBot.Maps.Fonts.{file}";
        using var stream = typeof(MapFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font {name} is missing from CareBot.Maps: the build should embed it.");
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"SkiaSharp could not read the embedded font {name}.");
    }
}
