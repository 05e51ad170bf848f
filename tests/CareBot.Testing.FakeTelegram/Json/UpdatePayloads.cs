using System.Globalization;
using System.Text.Json.Nodes;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram.Json;

/// <summary>The payloads of the update kinds the fake produces besides plain messages.</summary>
internal static class UpdatePayloads
{
    public static JsonObject ChatMemberUpdated(FakeChat chat, FakeUser changedBy, long date, FakeUser member, string oldStatus, string newStatus) => new()
    {
        ["chat"] = ChatJson.From(chat),
        ["from"] = UserJson.From(changedBy),
        ["date"] = date,
        ["old_chat_member"] = ChatMemberJson.From(member, oldStatus),
        ["new_chat_member"] = ChatMemberJson.From(member, newStatus),
    };

    public static JsonObject CallbackQuery(PressedButton press, FakeUser from, StoredMessage message) => new()
    {
        ["id"] = press.QueryId,
        ["from"] = UserJson.From(from),
        ["message"] = MessageJson.From(message),
        // Stable per chat, as on the server, so bots can use it to tell chats apart in games.
        ["chat_instance"] = (message.Chat.Id * 7919L).ToString(CultureInfo.InvariantCulture),
        ["data"] = press.CallbackData,
    };
}
