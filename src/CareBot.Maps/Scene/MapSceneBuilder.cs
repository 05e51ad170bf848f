using CareBot.Core.Reports;

namespace CareBot.Maps.Scene;

/// <summary>Lays out the /map picture: the heading, the legend, a row per category that fits, and the notes below.</summary>
internal static class MapSceneBuilder
{
    /// <summary>
    /// The picture with as many rows as fit in <see cref="MapLayout.MaxHeight"/> (up to <see cref="MapLayout.MaxRows"/>):
    /// gap rows and notes take more room, so the count is found by laying it out, one row fewer each time.
    /// </summary>
    public static MapScene Build(ResourceMap map)
    {
        for (var rows = MapLayout.MaxRows; ; rows--)
        {
            var scene = Build(map, rows);
            if (scene.Height <= MapLayout.MaxHeight || rows <= 1)
            {
                return scene;
            }
        }
    }

    private static MapScene Build(ResourceMap map, int maxRows)
    {
        var writer = new SceneWriter();
        HeaderPart.Write(writer, map);
        if (map.Rows.Count == 0)
        {
            EmptyPart.Write(writer);
            return writer.Finish([], 0, 0);
        }

        LegendPart.Write(writer);
        var selection = RowSelection.Choose(map.Rows, maxRows, MapLayout.MinOfferedRows);
        var scale = BarScale.For(selection.Shown);
        foreach (var row in selection.Shown)
        {
            RowPart.Write(writer, row, scale);
        }

        FooterPart.Write(writer, selection);
        return writer.Finish(
            [.. selection.Shown.Select(row => new ShownCategory(row.Category.Id, row.Category.Name, row.IsGap))],
            selection.More,
            selection.MoreGaps);
    }
}
