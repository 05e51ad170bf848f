using CareBot.Testing.FakeTelegram.Http;
using CareBot.Testing.FakeTelegram.Json;

namespace CareBot.Testing.FakeTelegram.Methods;

internal sealed class GetMeMethod : LockedBotApiMethod
{
    public override FakeMethodDescription Description { get; } = new("getMe", [], [], []);

    protected override BotApiResult Invoke(BotApiCall call) => BotApiResult.Ok(UserJson.Me(call.State.Bot, call.State.Options.PrivacyMode));
}
