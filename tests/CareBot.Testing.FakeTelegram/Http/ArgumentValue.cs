using System.Text.Json;

namespace CareBot.Testing.FakeTelegram.Http;

/// <summary>
/// One parameter as it arrived: a JSON value from a JSON body, or text from a query string or form, where the
/// Bot API expects objects and arrays to be JSON-serialized strings.
/// </summary>
internal readonly record struct ArgumentValue(JsonElement? Json, string? Text)
{
    public bool IsAbsent => Json is { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }
        || (Json is null && string.IsNullOrEmpty(Text))
        || Json is { ValueKind: JsonValueKind.String } element && element.GetString()!.Length == 0;

    public string? AsString() => Json is { } element
        ? element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText()
        : Text;

    public JsonElement? AsJson()
    {
        if (Json is { } element)
        {
            // A JSON body may still carry a serialized object as a string, which the real API accepts too.
            return element.ValueKind == JsonValueKind.String ? ParseText(element.GetString()) : element;
        }

        return ParseText(Text);
    }

    private static JsonElement? ParseText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
