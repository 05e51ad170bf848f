using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

internal sealed class SendPhotoMethod : LockedBotApiMethod
{
    public override FakeMethodDescription Description { get; } = new(
        "sendPhoto",
        ["chat_id", "photo", "caption", "parse_mode", "caption_entities", "reply_parameters", "reply_markup"],
        ["business_connection_id", "message_thread_id", "direct_messages_topic_id", "show_caption_above_media", "has_spoiler",
            "disable_notification", "protect_content", "allow_paid_broadcast", "message_effect_id", "suggested_post_parameters"],
        ["chat_id", "photo"]);

    protected override BotApiResult Invoke(BotApiCall call) => CaptionedMediaSender.Send(call, read =>
    {
        var error = PhotoReader.Read(read, out var photo);
        return new MediaRead(error, Photo: photo);
    });
}
