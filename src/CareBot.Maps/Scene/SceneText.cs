using ScottPlot;

namespace CareBot.Maps.Scene;

/// <summary>
/// One line of words on the picture, already cut to fit: <see cref="X"/> is its left edge (its right edge when
/// <see cref="AlignRight"/>), <see cref="Top"/> the top of its line, <see cref="MaxWidth"/> the room it was fitted to.
/// </summary>
internal sealed record SceneText(string Text, float X, float Top, float MaxWidth, float Size, bool Bold, Color Colour, SceneRole Role)
{
    public bool AlignRight { get; init; }
}
