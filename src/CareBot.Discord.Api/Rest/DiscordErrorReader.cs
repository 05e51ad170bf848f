using System.Net;
using System.Text.Json;
using CareBot.Discord.Api.Json;

namespace CareBot.Discord.Api.Rest;

/// <summary>Turns Discord's error answers into <see cref="DiscordError"/> values, flattening the nested field errors.</summary>
internal static class DiscordErrorReader
{
    public static DiscordError Read(HttpStatusCode status, ReadOnlySpan<byte> body, DiscordErrorKind kind)
    {
        var parsed = TryParse(body);
        var message = parsed?.Message is { Length: > 0 } text ? text : $"HTTP {(int)status}";
        return new DiscordError(kind, message)
        {
            Status = status,
            Code = parsed is null ? DiscordErrorCode.None : (DiscordErrorCode)parsed.Code,
            FieldErrors = parsed?.Errors is { } errors ? Flatten(errors) : [],
            RetryAfter = parsed?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        };
    }

    public static DiscordErrorBody? TryParse(ReadOnlySpan<byte> body)
    {
        try
        {
            return body.IsEmpty ? null : JsonSerializer.Deserialize(body, DiscordJsonContext.Default.DiscordErrorBody);
        }
        catch (JsonException)
        {
            // A proxy's HTML error page, say: the status alone has to do.
            return null;
        }
    }

    /// <summary>
    /// <c>{"embeds":{"0":{"description":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"…"}]}}}}</c> becomes
    /// one error at path "embeds.0.description". Errors about the whole body sit under "_errors" at the top.
    /// </summary>
    public static IReadOnlyList<DiscordFieldError> Flatten(JsonElement errors)
    {
        var found = new List<DiscordFieldError>();
        Walk(errors, "", found);
        return found;
    }

    private static void Walk(JsonElement node, string path, List<DiscordFieldError> found)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in node.EnumerateObject())
        {
            if (property.Name == "_errors" && property.Value.ValueKind == JsonValueKind.Array)
            {
                found.AddRange(property.Value.EnumerateArray().Select(error => new DiscordFieldError(
                    path,
                    Text(error, "code"),
                    Text(error, "message"))));
                continue;
            }

            Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", found);
        }
    }

    private static string Text(JsonElement error, string name) =>
        error.ValueKind == JsonValueKind.Object && error.TryGetProperty(name, out var value) ? value.ToString() : "";
}
