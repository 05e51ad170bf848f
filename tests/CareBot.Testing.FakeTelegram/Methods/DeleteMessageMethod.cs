using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>
/// Deletes a message, as the server does for a bot that is not an admin: only its own messages, only within 48 hours
/// of sending, and each once ("message to delete not found" the second time).
/// </summary>
internal sealed class DeleteMessageMethod : LockedBotApiMethod
{
    private static readonly TimeSpan DeletableFor = TimeSpan.FromHours(48);

    public override FakeMethodDescription Description { get; } = new("deleteMessage", ["chat_id", "message_id"], [], ["chat_id", "message_id"]);

    protected override BotApiResult Invoke(BotApiCall call)
    {
        if (ChatAccess.Find(call, "chat_id", out var chat) is { } chatError)
        {
            return chatError;
        }

        if (call.Args.GetInteger("message_id") is not { } messageId)
        {
            return BotApiErrors.BadRequest("message identifier is not specified");
        }

        var message = call.State.Messages.Find(chat.Id, (int)messageId);
        if (message is null || message.DeletedAt is not null)
        {
            return BotApiErrors.MessageToDeleteNotFound;
        }

        if (!message.IsOutgoing || call.Now - message.SentAt > DeletableFor)
        {
            return BotApiErrors.MessageCantBeDeleted;
        }

        message.DeletedAt = call.Now;
        return BotApiResult.Ok(System.Text.Json.Nodes.JsonValue.Create(true));
    }
}
