using CareBot.Testing.FakeTelegram.Http;
using CareBot.Testing.FakeTelegram.Json;

namespace CareBot.Testing.FakeTelegram.Methods;

internal sealed class GetChatMethod : LockedBotApiMethod
{
    public override FakeMethodDescription Description { get; } = new("getChat", ["chat_id"], [], ["chat_id"]);

    protected override BotApiResult Invoke(BotApiCall call) =>
        ChatAccess.Find(call, "chat_id", out var chat) ?? BotApiResult.Ok(ChatJson.FullInfo(chat.Chat));
}
