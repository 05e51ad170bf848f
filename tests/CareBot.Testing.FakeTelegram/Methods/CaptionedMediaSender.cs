using System.Text.Json.Nodes;
using CareBot.Testing.FakeTelegram.Http;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>A file read from a call: the photo or the document, or the error that refused it.</summary>
internal readonly record struct MediaRead(BotApiResult? Error, SentPhoto? Photo = null, SentDocument? Document = null);

/// <summary>
/// What sendPhoto and sendDocument share: a writable chat, a file, an optional caption (checked like a message's
/// text), an inline keyboard and a reply, validated in Telegram's order, then stored as one outgoing message.
/// </summary>
internal static class CaptionedMediaSender
{
    public static BotApiResult Send(BotApiCall call, Func<BotApiCall, MediaRead> readMedia)
    {
        if (ChatAccess.FindWritable(call, out var chat) is { } chatError)
        {
            return chatError;
        }

        JsonObject? markup = null;
        StoredMessage? replyTo = null;
        FormattedText? caption = null;
        var media = readMedia(call);
        var error = media.Error;
        error ??= FormattedTextReader.ReadCaption(call, out caption);
        error ??= InlineKeyboardReader.Read(call, out markup);
        error ??= ReplyParametersReader.Read(call, chat, out replyTo);
        if (error is not null)
        {
            return error;
        }

        return OutgoingMessages.Deliver(call, chat, messageId => new StoredMessage
        {
            Chat = chat,
            MessageId = messageId,
            From = call.State.Bot,
            Date = call.UnixNow,
            Photo = media.Photo,
            Document = media.Document,
            RawText = caption?.Raw,
            ParseMode = caption?.ParseMode,
            Text = caption?.Parsed,
            ReplyMarkup = markup,
            ReplyTo = replyTo,
            IsOutgoing = true,
            SentAt = call.Now,
        });
    }
}
