using CareBot.Testing.FakeTelegram.Http;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>Finds the message an edit method names; only the bot's own messages can be edited.</summary>
internal static class EditTarget
{
    public static BotApiResult? Find(BotApiCall call, out StoredMessage message)
    {
        message = null!;
        if (call.Args.Has("inline_message_id"))
        {
            return BotApiErrors.BadRequest("MESSAGE_ID_INVALID"); // the fake never sends inline messages
        }

        if (ChatAccess.FindWritable(call, out var chat) is { } chatError)
        {
            return chatError;
        }

        if (call.Args.GetInteger("message_id") is not { } messageId)
        {
            return BotApiErrors.BadRequest("message identifier is not specified");
        }

        var found = call.State.Messages.Find(chat.Id, (int)messageId);
        if (found is null)
        {
            return BotApiErrors.MessageToEditNotFound;
        }

        message = found;
        return found.IsOutgoing ? null : BotApiErrors.MessageCantBeEdited;
    }
}
