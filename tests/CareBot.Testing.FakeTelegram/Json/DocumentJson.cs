using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeTelegram.Json;

/// <summary>The Document object of a sent file.</summary>
internal static class DocumentJson
{
    public static JsonObject From(SentDocument document)
    {
        var json = new JsonObject
        {
            ["file_id"] = document.FileId,
            ["file_unique_id"] = document.FileId.GetHashCode(StringComparison.Ordinal).ToString("x8", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (document.FileName is { Length: > 0 } name)
        {
            json["file_name"] = name;
        }

        if (document.MimeType is { } mime)
        {
            json["mime_type"] = mime;
        }

        json["file_size"] = document.Content.Length;
        return json;
    }
}
