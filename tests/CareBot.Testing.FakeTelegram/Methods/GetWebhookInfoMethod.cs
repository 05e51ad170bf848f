using System.Text.Json.Nodes;
using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>The webhook as setWebhook left it (an empty url when there is none), with the last push error.</summary>
internal sealed class GetWebhookInfoMethod : LockedBotApiMethod
{
    public override FakeMethodDescription Description { get; } = new("getWebhookInfo", [], [], []);

    protected override BotApiResult Invoke(BotApiCall call)
    {
        var webhook = call.State.Webhook;
        var info = new JsonObject
        {
            ["url"] = webhook.Registration?.Url.ToString() ?? "",
            ["has_custom_certificate"] = false,
            ["pending_update_count"] = call.State.Updates.Count,
        };
        if (webhook.Registration is { } registration)
        {
            info["max_connections"] = registration.MaxConnections;
        }

        if (webhook.LastErrorDate is { } date)
        {
            info["last_error_date"] = date;
            info["last_error_message"] = webhook.LastErrorMessage;
        }

        return BotApiResult.Ok(info);
    }
}
