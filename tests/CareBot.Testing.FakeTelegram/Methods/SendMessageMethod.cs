using System.Text.Json;
using System.Text.Json.Nodes;
using CareBot.Testing.FakeTelegram.Http;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram.Methods;

internal sealed class SendMessageMethod : LockedBotApiMethod
{
    public override FakeMethodDescription Description { get; } = new(
        "sendMessage",
        ["chat_id", "text", "parse_mode", "entities", "link_preview_options", "reply_parameters", "reply_markup"],
        ["business_connection_id", "message_thread_id", "direct_messages_topic_id", "disable_notification", "protect_content",
            "allow_paid_broadcast", "message_effect_id", "suggested_post_parameters"],
        ["chat_id", "text"]);

    protected override BotApiResult Invoke(BotApiCall call)
    {
        if (ChatAccess.FindWritable(call, out var chat) is { } chatError)
        {
            return chatError;
        }

        JsonObject? markup = null;
        StoredMessage? replyTo = null;
        var error = FormattedTextReader.ReadText(call, out var text);
        error ??= InlineKeyboardReader.Read(call, out markup);
        error ??= ReplyParametersReader.Read(call, chat, out replyTo);
        if (error is not null)
        {
            return error;
        }

        var linkPreviewDisabled = call.Args.GetJson("link_preview_options") is { } options
            && options.TryGetProperty("is_disabled", out var disabled) && disabled.ValueKind == JsonValueKind.True;
        return OutgoingMessages.Deliver(call, chat, messageId => new StoredMessage
        {
            Chat = chat,
            MessageId = messageId,
            From = call.State.Bot,
            Date = call.UnixNow,
            RawText = text.Raw,
            ParseMode = text.ParseMode,
            Text = text.Parsed,
            ReplyMarkup = markup,
            ReplyTo = replyTo,
            LinkPreviewDisabled = linkPreviewDisabled,
            IsOutgoing = true,
            SentAt = call.Now,
        });
    }
}
