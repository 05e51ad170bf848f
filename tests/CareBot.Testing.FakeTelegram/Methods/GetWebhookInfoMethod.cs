using System.Text.Json.Nodes;
using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>The fake never has a webhook: polling is the only transport CareBot uses.</summary>
internal sealed class GetWebhookInfoMethod : LockedBotApiMethod
{
    public override FakeMethodDescription Description { get; } = new("getWebhookInfo", [], [], []);

    protected override BotApiResult Invoke(BotApiCall call) => BotApiResult.Ok(new JsonObject
    {
        ["url"] = "",
        ["has_custom_certificate"] = false,
        ["pending_update_count"] = call.State.Updates.Count,
    });
}
