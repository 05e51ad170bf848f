using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CareBot.Discord.Api.Models;

namespace CareBot.Discord.Api.Rest;

/// <summary>
/// Request bodies: JSON, or, with files, multipart form data whose <c>payload_json</c> part carries the JSON and
/// whose <c>files[n]</c> parts carry the files (listed as attachment n in the JSON).
/// </summary>
internal static class RestBody
{
    public static Func<HttpContent> Json<T>(T value, JsonTypeInfo<T> type) =>
        () => JsonContent.Create(value, type);

    public static Func<HttpContent> JsonOrMultipart<T>(T value, JsonTypeInfo<T> type, IReadOnlyList<FileUpload> files)
    {
        if (files.Count == 0)
        {
            return Json(value, type);
        }

        var payload = JsonSerializer.SerializeToUtf8Bytes(value, type);
        return () =>
        {
            var form = new MultipartFormDataContent();
            var json = new ByteArrayContent(payload);
            json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            form.Add(json, "payload_json");
            for (var index = 0; index < files.Count; index++)
            {
                var file = new ReadOnlyMemoryContent(files[index].Content);
                file.Headers.ContentType = MediaTypeHeaderValue.Parse(files[index].ContentType);
                form.Add(file, $"files[{index}]", files[index].FileName);
            }

            return form;
        };
    }

    /// <summary>The attachments array with an entry (id n) for each file to upload, after any attachments kept.</summary>
    public static IReadOnlyList<AttachmentReference>? WithUploads(IReadOnlyList<AttachmentReference>? kept, IReadOnlyList<FileUpload> files) =>
        files.Count == 0
            ? kept
            : [.. kept ?? [], .. files.Select((file, index) => new AttachmentReference
            {
                Id = new Snowflake((ulong)index),
                Filename = file.FileName,
                Description = file.Description,
            })];
}
