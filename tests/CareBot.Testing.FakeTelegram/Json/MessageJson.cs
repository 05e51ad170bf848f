using System.Text.Json.Nodes;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram.Json;

/// <summary>The Message object for a stored message: text, photo or document with caption, keyboard, reply and service fields.</summary>
internal static class MessageJson
{
    public static JsonObject From(StoredMessage message, bool includeReply = true)
    {
        var json = new JsonObject
        {
            ["message_id"] = message.MessageId,
            ["from"] = UserJson.From(message.From),
            ["chat"] = ChatJson.From(message.Chat.Chat),
            ["date"] = message.Date,
        };
        if (includeReply && message.ReplyTo is { } replyTo)
        {
            // Telegram does not nest replies further than one level.
            json["reply_to_message"] = From(replyTo, includeReply: false);
        }

        if (message.EditDate is { } editDate)
        {
            json["edit_date"] = editDate;
        }

        AddContent(json, message);
        if (message.NewChatMembers is { } members)
        {
            json["new_chat_members"] = new JsonArray([.. members.Select(member => (JsonNode)UserJson.From(member))]);
        }

        if (message.MigrateToChatId is { } migrateTo)
        {
            json["migrate_to_chat_id"] = migrateTo;
        }

        if (message.MigrateFromChatId is { } migrateFrom)
        {
            json["migrate_from_chat_id"] = migrateFrom;
        }

        if (message.ReplyMarkup is { } markup)
        {
            json["reply_markup"] = markup.DeepClone();
        }

        return json;
    }

    private static void AddContent(JsonObject json, StoredMessage message)
    {
        var hasEntities = message.Text is { Entities.Count: > 0 };
        if (message.Photo is { } photo)
        {
            json["photo"] = PhotoJson.Sizes(photo);
            AddCaption(json, message, hasEntities);
            return;
        }

        if (message.Document is { } document)
        {
            json["document"] = DocumentJson.From(document);
            AddCaption(json, message, hasEntities);
            return;
        }

        if (message.Text is { } text)
        {
            json["text"] = text.Text;
            if (hasEntities)
            {
                json["entities"] = EntityJson.From(text.Entities);
            }

            if (message.LinkPreviewDisabled)
            {
                json["link_preview_options"] = new JsonObject { ["is_disabled"] = true };
            }
        }
    }

    private static void AddCaption(JsonObject json, StoredMessage message, bool hasEntities)
    {
        if (message.Text is { Length: > 0 } caption)
        {
            json["caption"] = caption.Text;
            if (hasEntities)
            {
                json["caption_entities"] = EntityJson.From(caption.Entities);
            }
        }
    }
}
