using System.Text.Json.Nodes;
using CareBot.Testing.FakeTelegram.Http;
using CareBot.Testing.FakeTelegram.Json;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>Replaces (or, without reply_markup, removes) a message's inline keyboard.</summary>
internal sealed class EditMessageReplyMarkupMethod : LockedBotApiMethod
{
    public override FakeMethodDescription Description { get; } = new(
        "editMessageReplyMarkup",
        ["chat_id", "message_id", "inline_message_id", "reply_markup"],
        ["business_connection_id"],
        []);

    protected override BotApiResult Invoke(BotApiCall call)
    {
        if (EditTarget.Find(call, out var message) is { } targetError)
        {
            return targetError;
        }

        if (InlineKeyboardReader.Read(call, out var markup) is { } markupError)
        {
            return markupError;
        }

        if (JsonNode.DeepEquals(message.ReplyMarkup, markup))
        {
            return BotApiErrors.MessageNotModified;
        }

        message.ReplyMarkup = markup;
        message.EditDate = call.UnixNow;
        message.EditCount++;
        return BotApiResult.Ok(MessageJson.From(message));
    }
}
