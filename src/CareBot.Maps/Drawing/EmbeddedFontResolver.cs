using ScottPlot;
using SkiaSharp;

namespace CareBot.Maps.Drawing;

/// <summary>Answers ScottPlot's requests for <paramref name="family"/> with the embedded typefaces, and no other font.</summary>
internal sealed class EmbeddedFontResolver(string family, SKTypeface regular, SKTypeface semiBold) : IFontResolver
{
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        fontName == family ? (weight >= FontWeight.SemiBold ? semiBold : regular) : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        fontName == family ? (bold ? semiBold : regular) : null;
}
