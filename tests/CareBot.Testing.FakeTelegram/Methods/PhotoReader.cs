using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>The photo parameter: an upload (multipart), a file id the fake issued earlier, or an HTTP URL.</summary>
internal static class PhotoReader
{
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

            var (width, height) = ImageSize.Read(upload.Content);
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
