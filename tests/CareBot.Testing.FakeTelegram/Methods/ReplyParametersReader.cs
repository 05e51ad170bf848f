using System.Text.Json;
using CareBot.Testing.FakeTelegram.Http;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>Reads reply_parameters: the message replied to must exist unless allow_sending_without_reply is set.</summary>
internal static class ReplyParametersReader
{
    public static BotApiResult? Read(BotApiCall call, ChatRecord chat, out StoredMessage? replyTo)
    {
        replyTo = null;
        if (!call.Args.Has("reply_parameters"))
        {
            return null;
        }

        if (call.Args.GetJson("reply_parameters") is not { ValueKind: JsonValueKind.Object } json
            || !json.TryGetProperty("message_id", out var messageId) || !messageId.TryGetInt32(out var id))
        {
            return BotApiErrors.BadRequest("can't parse reply parameters JSON object");
        }

        var targetChatId = json.TryGetProperty("chat_id", out var chatId) && chatId.TryGetInt64(out var otherChat) ? otherChat : chat.Id;
        replyTo = call.State.Messages.Find(targetChatId, id);
        var allowWithout = json.TryGetProperty("allow_sending_without_reply", out var allow) && allow.ValueKind == JsonValueKind.True;
        return replyTo is null && !allowWithout ? BotApiErrors.ReplyNotFound : null;
    }
}
