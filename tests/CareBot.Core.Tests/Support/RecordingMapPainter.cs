using CareBot.Core.Messages;
using CareBot.Core.Reports;

namespace CareBot.Core.Tests.Support;

/// <summary>A painter that draws nothing: it keeps each map it is asked for, so tests see what the engine hands over.</summary>
internal sealed class RecordingMapPainter : IMapPainter
{
    public static readonly byte[] Picture = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public List<ResourceMap> Painted { get; } = [];

    public Attachment Paint(ResourceMap map)
    {
        Painted.Add(map);
        return MapPicture.Png(Picture, $"The map of {map.CommunityName}");
    }
}
