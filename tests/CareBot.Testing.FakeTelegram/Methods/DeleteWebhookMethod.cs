using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

internal sealed class DeleteWebhookMethod : LockedBotApiMethod
{
    public override FakeMethodDescription Description { get; } = new("deleteWebhook", ["drop_pending_updates"], [], []);

    protected override BotApiResult Invoke(BotApiCall call)
    {
        if (call.Args.GetBoolean("drop_pending_updates"))
        {
            call.State.Updates.Clear();
        }

        call.State.Webhook.Registration = null;
        return BotApiResult.True;
    }
}
