using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeTelegram.Json;

/// <summary>The User object; getMe adds the bot-only capability fields.</summary>
internal static class UserJson
{
    public static JsonObject From(FakeUser user)
    {
        var json = new JsonObject { ["id"] = user.Id, ["is_bot"] = user.IsBot, ["first_name"] = user.FirstName };
        if (user.Username is not null)
        {
            json["username"] = user.Username;
        }

        if (user.LanguageCode is not null)
        {
            json["language_code"] = user.LanguageCode;
        }

        return json;
    }

    public static JsonObject Me(FakeUser bot, bool privacyMode)
    {
        var json = From(bot);
        json["can_join_groups"] = true;
        json["can_read_all_group_messages"] = !privacyMode;
        json["supports_inline_queries"] = false;
        json["can_connect_to_business"] = false;
        json["has_main_web_app"] = false;
        return json;
    }
}
