using CareBot.Core.Messages;
using CareBot.Core.Reports;

namespace CareBot.Benchmarks;

/// <summary>Paints with the real painter and keeps the last map and picture, so a benchmark can paint that same map alone.</summary>
internal sealed class MapCapture(IMapPainter painter) : IMapPainter
{
    public ResourceMap? LastMap { get; private set; }

    public Attachment? LastPicture { get; private set; }

    public Attachment Paint(ResourceMap map)
    {
        LastMap = map;
        LastPicture = painter.Paint(map);
        return LastPicture;
    }
}
