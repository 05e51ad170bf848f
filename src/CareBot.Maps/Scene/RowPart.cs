using CareBot.Core.Reports;
using CareBot.Maps.Drawing;

namespace CareBot.Maps.Scene;

/// <summary>
/// One category: its name, then the people offering (dark for those free now, light for the rest), then its open
/// needs. A gap has no people bar: a tinted band with a stripe and the words "nobody offers this yet" mark it instead.
/// </summary>
internal static class RowPart
{
    /// <summary>How far a gap's band reaches beyond the row on each side.</summary>
    private const float BandReach = 12;

    public static void Write(SceneWriter writer, ResourceMapRow row, BarScale scale)
    {
        var top = writer.Y;
        var categoryLine = MapLayout.Line(MapLayout.CategorySize);
        var height = categoryLine + (2 * MapLayout.BarHeight) + MapLayout.BarGap;
        if (row.IsGap)
        {
            writer.Rect(MapLayout.Margin - BandReach, top - BandReach, MapLayout.Inner + (2 * BandReach), height + (2 * BandReach), MapColours.GapBand, SceneRole.GapBand);
            writer.Rect(MapLayout.Margin - BandReach, top - BandReach, MapLayout.GapStripe, height + (2 * BandReach), MapColours.Gap, SceneRole.GapBand);
        }

        writer.Text(row.Category.Name, MapLayout.Margin, top, MapLayout.CategorySize, bold: true, MapColours.Text, SceneRole.Category);
        var people = top + categoryLine;
        if (row.IsGap)
        {
            writer.Text("nobody offers this yet", MapLayout.Margin, ValueTop(people), MapLayout.ValueSize, bold: true, MapColours.GapText, SceneRole.GapNotice);
        }
        else
        {
            Bar(writer, people, scale.People(new PeopleCount(row.People).BarValue), MapColours.Busy, SceneRole.PeopleBar);
            Bar(writer, people, scale.People(new PeopleCount(row.AvailableNow).BarValue), MapColours.FreeNow, SceneRole.FreeNowBar);
            Value(writer, people, scale.People(new PeopleCount(row.People).BarValue), BarScale.PeopleWords(row), SceneRole.PeopleValue);
        }

        var needs = people + MapLayout.BarHeight + MapLayout.BarGap;
        Bar(writer, needs, scale.Needs(row.OpenNeeds), MapColours.Needs, SceneRole.NeedsBar);
        Value(writer, needs, scale.Needs(row.OpenNeeds), BarScale.NeedsWords(row), SceneRole.NeedsValue);
        writer.Y = top + height + MapLayout.RowGap + (row.IsGap ? BandReach : 0);
    }

    private static void Bar(SceneWriter writer, float top, float length, ScottPlot.Color colour, SceneRole role)
    {
        if (length > 0)
        {
            writer.Rect(MapLayout.Margin, top, length, MapLayout.BarHeight, colour, role);
        }
    }

    private static void Value(SceneWriter writer, float barTop, float barLength, string words, SceneRole role)
    {
        var x = MapLayout.Margin + barLength + (barLength > 0 ? MapLayout.ValueGap : 0);
        writer.Text(words, x, ValueTop(barTop), MapLayout.ValueSize, bold: false, barLength > 0 ? MapColours.Text : MapColours.Muted, role);
    }

    /// <summary>Where a line of value text starts so that it sits centred on a bar starting at <paramref name="barTop"/>.</summary>
    private static float ValueTop(float barTop) => barTop + ((MapLayout.BarHeight - MapLayout.Line(MapLayout.ValueSize)) / 2);
}
