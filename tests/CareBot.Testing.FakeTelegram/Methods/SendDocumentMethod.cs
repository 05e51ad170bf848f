using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

internal sealed class SendDocumentMethod : LockedBotApiMethod
{
    public override FakeMethodDescription Description { get; } = new(
        "sendDocument",
        ["chat_id", "document", "caption", "parse_mode", "caption_entities", "reply_parameters", "reply_markup"],
        ["business_connection_id", "message_thread_id", "direct_messages_topic_id", "thumbnail", "disable_content_type_detection",
            "disable_notification", "protect_content", "allow_paid_broadcast", "message_effect_id", "suggested_post_parameters"],
        ["chat_id", "document"]);

    protected override BotApiResult Invoke(BotApiCall call) => CaptionedMediaSender.Send(call, read =>
    {
        var error = DocumentReader.Read(read, out var document);
        return new MediaRead(error, Document: document);
    });
}
