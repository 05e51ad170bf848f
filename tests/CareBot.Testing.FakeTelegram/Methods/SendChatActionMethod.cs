using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>Records "typing…" and friends; they are not messages, so they do not count against the rate limits.</summary>
internal sealed class SendChatActionMethod : LockedBotApiMethod
{
    private static readonly HashSet<string> Actions = new(StringComparer.Ordinal)
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice", "upload_document",
        "choose_sticker", "find_location", "record_video_note", "upload_video_note",
    };

    public override FakeMethodDescription Description { get; } = new(
        "sendChatAction", ["chat_id", "action"], ["business_connection_id", "message_thread_id"], ["chat_id", "action"]);

    protected override BotApiResult Invoke(BotApiCall call)
    {
        if (ChatAccess.FindWritable(call, out var chat) is { } chatError)
        {
            return chatError;
        }

        var action = call.Args.GetString("action")!;
        if (!Actions.Contains(action))
        {
            return BotApiErrors.BadRequest("wrong parameter action in request");
        }

        call.State.ChatActions.Add(new SentChatAction(chat.Id, action, call.Now));
        return BotApiResult.True;
    }
}
