using CareBot.Testing.FakeTelegram.Http;
using CareBot.Testing.FakeTelegram.Json;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>The bot leaves a group; like any membership change of the bot, that produces a my_chat_member update.</summary>
internal sealed class LeaveChatMethod : LockedBotApiMethod
{
    public override FakeMethodDescription Description { get; } = new("leaveChat", ["chat_id"], [], ["chat_id"]);

    protected override BotApiResult Invoke(BotApiCall call)
    {
        if (ChatAccess.FindWritable(call, out var chat) is { } chatError)
        {
            return chatError;
        }

        if (!chat.Chat.IsGroup)
        {
            return BotApiErrors.BadRequest("chat member status can't be changed in private chats");
        }

        var bot = call.State.Bot;
        var oldStatus = chat.StatusOf(bot.Id);
        chat.SetStatus(bot.Id, MemberStatus.Left, bot.Id);
        call.State.Updates.Enqueue("my_chat_member", UpdatePayloads.ChatMemberUpdated(chat.Chat, bot, call.UnixNow, bot, oldStatus, MemberStatus.Left));
        return BotApiResult.True;
    }
}
