using CareBot.Core.Messages;

namespace CareBot.Core.Reports;

/// <summary>How the /map picture travels: one PNG, always under the same name, so Discord's embed can point at it.</summary>
public static class MapPicture
{
    public const string FileName = "map.png";

    public const string MediaType = "image/png";

    /// <summary>The picture as an attachment; <paramref name="altText"/> is read out by screen readers where the platform has alt text.</summary>
    public static Attachment Png(byte[] content, string altText) => new(FileName, MediaType, content) { AltText = altText };
}
