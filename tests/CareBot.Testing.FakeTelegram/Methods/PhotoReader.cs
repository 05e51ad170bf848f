using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>
/// The photo parameter: an upload (multipart), a file id the fake issued earlier, or an HTTP URL. An upload is held to
/// sendPhoto's documented limits (at most 10 MB; width and height at most 10000 together; a ratio of at most 20) and
/// refused as the live server refuses it, with the server's own error names.
/// </summary>
internal static class PhotoReader
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxWidthPlusHeight = 10_000;
    public const int MaxRatio = 20;

    public static BotApiResult? Read(BotApiCall call, out SentPhoto photo)
    {
        photo = null!;
        var messages = call.State.Messages;
        if (call.Args.GetFile("photo") is { } upload)
        {
            if (upload.Content.Length == 0)
            {
                return BotApiErrors.BadRequest("file must be non-empty");
            }

            // The live server passes on the errors of Telegram's own servers: a photo over 10 MB fails to save, bytes
            // that are no picture fail to process, and a strip too long or too big has invalid dimensions.
            if (upload.Content.Length > MaxBytes)
            {
                return BotApiErrors.BadRequest("PHOTO_SAVE_FILE_INVALID");
            }

            if (!ImageSize.TryRead(upload.Content, out var width, out var height))
            {
                return BotApiErrors.BadRequest("IMAGE_PROCESS_FAILED");
            }

            if (width + height > MaxWidthPlusHeight || Math.Max(width, height) > MaxRatio * Math.Min(width, height))
            {
                return BotApiErrors.BadRequest("PHOTO_INVALID_DIMENSIONS");
            }

            photo = new SentPhoto(messages.NewFileId(), upload.FileName, upload.Content, null, width, height);
            return null;
        }

        var value = call.Args.GetString("photo");
        if (value is null || value.StartsWith("attach://", StringComparison.Ordinal))
        {
            return BotApiErrors.MissingParameter("photo");
        }

        if (messages.FindPhoto(value) is { } known)
        {
            photo = known;
            return null;
        }

        // The live server would download the URL; there is no internet here, so the URL is only recorded.
        if (Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            photo = new SentPhoto(messages.NewFileId(), null, [], value, 512, 512);
            return null;
        }

        return BotApiErrors.BadRequest("wrong file identifier/HTTP URL specified");
    }
}
