using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeTelegram.Json;

/// <summary>The Chat object (in messages) and ChatFullInfo (from getChat).</summary>
internal static class ChatJson
{
    public static JsonObject From(FakeChat chat)
    {
        var json = new JsonObject { ["id"] = chat.Id, ["type"] = chat.TypeName };
        if (chat.Type == FakeChatType.Private && chat.User is { } user)
        {
            json["first_name"] = user.FirstName;
        }
        else
        {
            json["title"] = chat.Title;
        }

        if (chat.Username is not null)
        {
            json["username"] = chat.Username;
        }

        return json;
    }

    public static JsonObject FullInfo(FakeChat chat)
    {
        var json = From(chat);
        json["accent_color_id"] = 0;
        json["max_reaction_count"] = 11;
        json["accepted_gift_types"] = new JsonObject
        {
            ["unlimited_gifts"] = false,
            ["limited_gifts"] = false,
            ["unique_gifts"] = false,
            ["premium_subscription"] = false,
            ["gifts_from_channels"] = false,
        };
        return json;
    }
}
