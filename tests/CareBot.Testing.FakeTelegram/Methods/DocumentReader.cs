using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>The document parameter: an upload (multipart), a file id the fake issued earlier, or an HTTP URL.</summary>
internal static class DocumentReader
{
    private static readonly Dictionary<string, string> MimeTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".json"] = "application/json",
        [".txt"] = "text/plain",
        [".csv"] = "text/csv",
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".zip"] = "application/zip",
    };

    public static BotApiResult? Read(BotApiCall call, out SentDocument document)
    {
        document = null!;
        var messages = call.State.Messages;
        if (call.Args.GetFile("document") is { } upload)
        {
            if (upload.Content.Length == 0)
            {
                return BotApiErrors.BadRequest("file must be non-empty");
            }

            document = new SentDocument(messages.NewDocumentId(), upload.FileName, MimeTypeOf(upload.FileName), upload.Content, null);
            return null;
        }

        var value = call.Args.GetString("document");
        if (value is null || value.StartsWith("attach://", StringComparison.Ordinal))
        {
            return BotApiErrors.MissingParameter("document");
        }

        if (messages.FindDocument(value) is { } known)
        {
            document = known;
            return null;
        }

        // The live server would download the URL; there is no internet here, so the URL is only recorded.
        if (Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            document = new SentDocument(messages.NewDocumentId(), Path.GetFileName(url.AbsolutePath), MimeTypeOf(url.AbsolutePath), [], value);
            return null;
        }

        return BotApiErrors.BadRequest("wrong file identifier/HTTP URL specified");
    }

    /// <summary>Telegram detects the type from the file; the extension is what the fake can go by.</summary>
    private static string MimeTypeOf(string? fileName) =>
        MimeTypes.GetValueOrDefault(Path.GetExtension(fileName ?? ""), "application/octet-stream");
}
