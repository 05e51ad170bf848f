using System.Text.Json.Nodes;
using CareBot.Testing.FakeTelegram.Html;

namespace CareBot.Testing.FakeTelegram.Json;

/// <summary>MessageEntity arrays.</summary>
internal static class EntityJson
{
    public static JsonArray From(IEnumerable<TextEntity> entities) => [.. entities.Select(ToJson)];

    private static JsonObject ToJson(TextEntity entity)
    {
        var json = new JsonObject { ["type"] = entity.Type, ["offset"] = entity.Offset, ["length"] = entity.Length };
        if (entity.Url is not null)
        {
            json["url"] = entity.Url;
        }

        if (entity.Language is not null)
        {
            json["language"] = entity.Language;
        }

        if (entity.CustomEmojiId is not null)
        {
            json["custom_emoji_id"] = entity.CustomEmojiId;
        }

        return json;
    }
}
