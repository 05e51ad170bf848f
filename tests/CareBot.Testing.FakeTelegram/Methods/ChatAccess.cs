using CareBot.Testing.FakeTelegram.Http;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>Finds the chat a call names and decides whether the bot may write there, with Telegram's errors.</summary>
internal static class ChatAccess
{
    /// <summary>Null on success; otherwise the error to answer.</summary>
    public static BotApiResult? Find(BotApiCall call, string parameter, out ChatRecord chat)
    {
        chat = null!;
        var value = call.Args.GetString(parameter);
        return value is null ? BotApiErrors.MissingParameter(parameter) : Resolve(call.State, value, out chat);
    }

    /// <summary>
    /// A chat by numeric id or @username, as the bot can see it: a group it never joined is invisible to it, and a
    /// basic group that became a supergroup answers, to every method alike, with the supergroup's id. Every chat_id
    /// passes through here, so no method has to know about upgrades.
    /// </summary>
    public static BotApiResult? Resolve(FakeTelegramState state, string value, out ChatRecord chat)
    {
        chat = null!;
        var found = value.StartsWith('@')
            ? state.Chats.FindByUsername(value[1..])
            : long.TryParse(value, out var id) ? state.Chats.Find(id) : null;
        if (found is null || (found.Chat.IsGroup && !found.BotWasEverMember))
        {
            return BotApiErrors.ChatNotFound;
        }

        if (found.UpgradedToChatId is { } supergroupId)
        {
            return BotApiErrors.UpgradedToSupergroup(supergroupId);
        }

        chat = found;
        return null;
    }

    public static BotApiResult? FindWritable(BotApiCall call, out ChatRecord chat) =>
        Find(call, "chat_id", out chat) ?? CheckCanWrite(call.State, chat);

    public static BotApiResult? CheckCanWrite(FakeTelegramState state, ChatRecord chat)
    {
        if (chat.Chat.User is { } user)
        {
            return user.IsBot ? BotApiErrors.CantMessageBots
                : state.Chats.HasBlocked(user.Id) ? BotApiErrors.BlockedByUser
                : !state.Chats.HasStarted(user.Id) ? BotApiErrors.CantInitiateConversation
                : null;
        }

        return chat.StatusOf(state.Bot.Id) switch
        {
            MemberStatus.Kicked => BotApiErrors.Forbidden($"bot was kicked from the {chat.Chat.TypeName} chat"),
            MemberStatus.Left => BotApiErrors.Forbidden($"bot is not a member of the {chat.Chat.TypeName} chat"),
            _ => null,
        };
    }
}
