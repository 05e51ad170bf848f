using System.Text.Json.Nodes;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram.Json;

/// <summary>ChatMember in the shape its status calls for (ChatMemberOwner, ChatMemberAdministrator, ...).</summary>
internal static class ChatMemberJson
{
    public static JsonObject From(FakeUser user, string status)
    {
        var json = new JsonObject { ["status"] = status, ["user"] = UserJson.From(user) };
        switch (status)
        {
            case MemberStatus.Creator:
                json["is_anonymous"] = false;
                break;
            case MemberStatus.Administrator:
                AddAdministratorRights(json);
                break;
            case MemberStatus.Kicked:
                json["until_date"] = 0; // 0 means banned forever
                break;
        }

        return json;
    }

    private static void AddAdministratorRights(JsonObject json)
    {
        json["can_be_edited"] = false;
        json["is_anonymous"] = false;
        json["can_manage_chat"] = true;
        json["can_delete_messages"] = true;
        json["can_manage_video_chats"] = true;
        json["can_restrict_members"] = true;
        json["can_promote_members"] = false;
        json["can_change_info"] = true;
        json["can_invite_users"] = true;
        json["can_post_stories"] = false;
        json["can_edit_stories"] = false;
        json["can_delete_stories"] = false;
        json["can_pin_messages"] = true;
        json["can_manage_topics"] = false;
    }
}
