using CareBot.Maps.Drawing;

namespace CareBot.Maps.Scene;

/// <summary>A map with nothing on it yet: a friendly word and how to begin, instead of an empty chart.</summary>
internal static class EmptyPart
{
    public static void Write(SceneWriter writer)
    {
        writer.Y += MapLayout.RowGap * 2;
        writer.Line("Nothing on the map yet.", MapLayout.CategorySize, bold: true, MapColours.Text, SceneRole.Note);
        writer.Paragraph("Start it with /offer and what you can give: a lift, a meal, an hour of listening.", MapLayout.SummarySize, bold: false, MapColours.Muted, SceneRole.Note, maxLines: 3);
    }
}
