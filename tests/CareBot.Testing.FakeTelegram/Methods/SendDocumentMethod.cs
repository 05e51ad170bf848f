using System.Text.Json.Nodes;
using CareBot.Testing.FakeTelegram.Http;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram.Methods;

internal sealed class SendDocumentMethod : LockedBotApiMethod
{
    public override FakeMethodDescription Description { get; } = new(
        "sendDocument",
        ["chat_id", "document", "caption", "parse_mode", "caption_entities", "reply_parameters", "reply_markup"],
        ["business_connection_id", "message_thread_id", "direct_messages_topic_id", "thumbnail", "disable_content_type_detection",
            "disable_notification", "protect_content", "allow_paid_broadcast", "message_effect_id", "suggested_post_parameters"],
        ["chat_id", "document"]);

    protected override BotApiResult Invoke(BotApiCall call)
    {
        if (ChatAccess.FindWritable(call, out var chat) is { } chatError)
        {
            return chatError;
        }

        JsonObject? markup = null;
        StoredMessage? replyTo = null;
        FormattedText? caption = null;
        var error = DocumentReader.Read(call, out var document);
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
            Document = document,
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
