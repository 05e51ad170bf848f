using CareBot.Testing.FakeTelegram.Http;
using CareBot.Testing.FakeTelegram.Json;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>A user's membership; known users who never joined are "left", as on the server.</summary>
internal sealed class GetChatMemberMethod : LockedBotApiMethod
{
    public override FakeMethodDescription Description { get; } = new("getChatMember", ["chat_id", "user_id"], [], ["chat_id", "user_id"]);

    protected override BotApiResult Invoke(BotApiCall call)
    {
        if (ChatAccess.Find(call, "chat_id", out var chat) is { } chatError)
        {
            return chatError;
        }

        if (call.Args.GetInteger("user_id") is not { } userId || !call.State.Chats.TryGetUser(userId, out var user))
        {
            return BotApiErrors.UserNotFound;
        }

        if (chat.Chat.User is { } owner)
        {
            // In a private chat both sides are members, unless the user blocked the bot.
            var status = user.Id == owner.Id && call.State.Chats.HasBlocked(owner.Id) ? MemberStatus.Kicked
                : user.Id == owner.Id || user.Id == call.State.Bot.Id ? MemberStatus.Member
                : MemberStatus.Left;
            return BotApiResult.Ok(ChatMemberJson.From(user, status));
        }

        if (!MemberStatus.IsPresent(chat.StatusOf(call.State.Bot.Id)) && userId != call.State.Bot.Id)
        {
            return ChatAccess.CheckCanWrite(call.State, chat)!;
        }

        return BotApiResult.Ok(ChatMemberJson.From(user, chat.StatusOf(user.Id)));
    }
}
