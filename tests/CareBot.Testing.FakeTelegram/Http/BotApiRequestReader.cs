using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace CareBot.Testing.FakeTelegram.Http;

/// <summary>
/// Reads parameters from the query string and from a JSON, urlencoded or multipart body, the four ways the Bot API
/// accepts them. Returns null for a body that claims to be JSON but is not.
/// </summary>
internal static class BotApiRequestReader
{
    public static async Task<BotApiArguments?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, ArgumentValue>(StringComparer.Ordinal);
        var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            values[key] = new ArgumentValue(null, value.ToString());
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var (key, value) in form)
            {
                values[key] = new ArgumentValue(null, value.ToString());
            }

            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                files[file.Name] = new UploadedFile(file.Name, file.FileName, buffer.ToArray());
            }
        }
        else if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            if (!await TryReadJsonAsync(request, values, cancellationToken))
            {
                return null;
            }
        }

        return new BotApiArguments(values, files);
    }

    private static async Task<bool> TryReadJsonAsync(HttpRequest request, Dictionary<string, ArgumentValue> values, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        if (body.Length == 0)
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                values[property.Name] = new ArgumentValue(property.Value.Clone(), null);
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
