using System.Text.Json;
using System.Text.Json.Nodes;
using CareBot.Testing.FakeTelegram.Http;
using CareBot.Testing.FakeTelegram.Json;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>
/// Replaces a message's text. As on the server, an edit without reply_markup removes the keyboard, and an edit that
/// changes nothing is an error.
/// </summary>
internal sealed class EditMessageTextMethod : LockedBotApiMethod
{
    public override FakeMethodDescription Description { get; } = new(
        "editMessageText",
        ["chat_id", "message_id", "inline_message_id", "text", "parse_mode", "entities", "link_preview_options", "reply_markup"],
        ["business_connection_id", "rich_message"],
        []);

    protected override BotApiResult Invoke(BotApiCall call)
    {
        if (EditTarget.Find(call, out var message) is { } targetError)
        {
            return targetError;
        }

        if (message.Photo is not null)
        {
            return BotApiErrors.BadRequest("there is no text in the message to edit");
        }

        JsonObject? markup = null;
        var error = FormattedTextReader.ReadText(call, out var text);
        error ??= InlineKeyboardReader.Read(call, out markup);
        if (error is not null)
        {
            return error;
        }

        if (message.Text is { } current && current.Text == text.Parsed.Text
            && current.Entities.SequenceEqual(text.Parsed.Entities) && JsonNode.DeepEquals(message.ReplyMarkup, markup))
        {
            return BotApiErrors.MessageNotModified;
        }

        message.RawText = text.Raw;
        message.ParseMode = text.ParseMode;
        message.Text = text.Parsed;
        message.ReplyMarkup = markup;
        message.LinkPreviewDisabled = call.Args.GetJson("link_preview_options") is { } options
            && options.TryGetProperty("is_disabled", out var disabled) && disabled.ValueKind == JsonValueKind.True;
        message.EditDate = call.UnixNow;
        message.EditCount++;
        return BotApiResult.Ok(MessageJson.From(message));
    }
}
