using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeTelegram.Json;

/// <summary>Array of PhotoSize: Telegram always returns a small thumbnail first and the largest size last.</summary>
internal static class PhotoJson
{
    private const int ThumbnailSide = 90;

    public static JsonArray Sizes(SentPhoto photo)
    {
        var scale = Math.Min(1.0, ThumbnailSide / (double)Math.Max(photo.Width, photo.Height));
        var thumbnailWidth = Math.Max(1, (int)(photo.Width * scale));
        var thumbnailHeight = Math.Max(1, (int)(photo.Height * scale));
        return
        [
            Size(photo, State.MessageStore.ThumbnailSuffix, thumbnailWidth, thumbnailHeight, photo.Content.Length / 10),
            Size(photo, "", photo.Width, photo.Height, photo.Content.Length),
        ];
    }

    private static JsonObject Size(SentPhoto photo, string suffix, int width, int height, int fileSize) => new()
    {
        ["file_id"] = photo.FileId + suffix,
        ["file_unique_id"] = photo.FileId.GetHashCode(StringComparison.Ordinal).ToString("x8", System.Globalization.CultureInfo.InvariantCulture) + suffix,
        ["width"] = width,
        ["height"] = height,
        ["file_size"] = fileSize,
    };
}
