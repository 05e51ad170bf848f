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
        if (value is null)
        {
            return BotApiErrors.MissingParameter(parameter);
        }

        var found = Resolve(call.State, value);
        if (found is null)
        {
            return BotApiErrors.ChatNotFound;
        }

        chat = found;
        return null;
    }

    /// <summary>A chat by numeric id or @username, as the bot can see it: a group it never joined is invisible to it.</summary>
    public static ChatRecord? Resolve(FakeTelegramState state, string value)
    {
        var found = value.StartsWith('@')
            ? state.Chats.FindByUsername(value[1..])
            : long.TryParse(value, out var id) ? state.Chats.Find(id) : null;
        return found is null || (found.Chat.IsGroup && !found.BotWasEverMember) ? null : found;
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
