using CareBot.Core.Messages;
using CareBot.Core.Reports;
using CareBot.Maps.Drawing;
using CareBot.Maps.Scene;

namespace CareBot.Maps;

/// <summary>
/// Draws /map as a PNG for a phone screen: per category the people offering against the open needs, gaps marked, the
/// community's name and the date above. Laid out first (<see cref="MapSceneBuilder"/>), then drawn with ScottPlot.
/// </summary>
public sealed class ScottPlotMapPainter : IMapPainter
{
    public Attachment Paint(ResourceMap map)
    {
        var scene = MapSceneBuilder.Build(map);
        return MapPicture.Png(ScenePainter.Png(scene), MapAltText.For(map, scene));
    }
}
