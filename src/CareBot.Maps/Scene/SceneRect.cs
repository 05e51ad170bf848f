using ScottPlot;

namespace CareBot.Maps.Scene;

/// <summary>A filled rectangle on the picture (a bar, a legend swatch, the band behind a gap), in pixels from the top left.</summary>
internal sealed record SceneRect(float Left, float Top, float Width, float Height, Color Colour, SceneRole Role)
{
    public float Right => Left + Width;

    public float Bottom => Top + Height;
}
