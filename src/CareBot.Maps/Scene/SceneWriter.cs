using ScottPlot;

namespace CareBot.Maps.Scene;

/// <summary>Collects the pieces of a scene from top to bottom: <see cref="Y"/> is where the next one goes.</summary>
internal sealed class SceneWriter
{
    private readonly List<SceneRect> _rects = [];
    private readonly List<SceneText> _texts = [];

    public float Y { get; set; } = MapLayout.Margin;

    /// <summary>Writes <paramref name="text"/>, cut to fit between <paramref name="x"/> and the right margin (or <paramref name="maxWidth"/>); returns its width.</summary>
    public float Text(string text, float x, float top, float size, bool bold, Color colour, SceneRole role, float? maxWidth = null)
    {
        var room = maxWidth ?? (MapLayout.Width - MapLayout.Margin - x);
        var fitted = TextFitter.Fit(text, size, bold, room);
        _texts.Add(new SceneText(fitted, x, top, room, size, bold, colour, role));
        return TextFitter.Width(fitted, size, bold);
    }

    /// <summary>A line of text at <see cref="Y"/> across the whole width; moves <see cref="Y"/> below it.</summary>
    public void Line(string text, float size, bool bold, Color colour, SceneRole role)
    {
        Text(text, MapLayout.Margin, Y, size, bold, colour, role);
        Y += MapLayout.Line(size);
    }

    /// <summary>Words wrapped over at most <paramref name="maxLines"/> lines at <see cref="Y"/> (the last one cut if it must be).</summary>
    public void Paragraph(string text, float size, bool bold, Color colour, SceneRole role, int maxLines = 2)
    {
        foreach (var line in TextFitter.Wrap(text, size, bold, MapLayout.Inner, maxLines))
        {
            Line(line, size, bold, colour, role);
        }
    }

    public void Rect(float left, float top, float width, float height, Color colour, SceneRole role) =>
        _rects.Add(new SceneRect(left, top, width, height, colour, role));

    public MapScene Finish(IReadOnlyList<ShownCategory> shown, int more, int moreGaps)
    {
        var height = Math.Max(MapLayout.MinHeight, (int)MathF.Ceiling(Y + MapLayout.Margin));
        return new MapScene(MapLayout.Width, height, _rects, _texts, shown, more, moreGaps);
    }
}
