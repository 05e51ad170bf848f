using System.Text.Json;
using System.Text.RegularExpressions;
using CareBot.Testing.FakeTelegram.Http;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>
/// setWebhook with the live server's checks: an https URL on one of its four ports (plain http on loopback only when a
/// test allows it), a secret of 1-256 of A-Z, a-z, 0-9, '_' and '-'. An empty URL removes the webhook, as on the server.
/// </summary>
internal sealed partial class SetWebhookMethod : LockedBotApiMethod
{
    private static readonly int[] AllowedPorts = [80, 88, 443, 8443];

    public override FakeMethodDescription Description { get; } = new(
        "setWebhook", ["url", "max_connections", "allowed_updates", "drop_pending_updates", "secret_token"], ["certificate", "ip_address"], ["url"]);

    protected override BotApiResult Invoke(BotApiCall call)
    {
        var state = call.State;
        var text = call.Args.GetString("url") ?? "";
        if (text.Length == 0)
        {
            state.Webhook.Registration = null;
            return BotApiResult.True;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || !(url.Scheme == "https" || (url.Scheme == "http" && url.IsLoopback && state.Options.AllowHttpWebhookOnLoopback)))
        {
            return BotApiErrors.WebhookNeedsHttps;
        }

        if (!url.IsLoopback && !AllowedPorts.Contains(url.Port))
        {
            return BotApiErrors.WebhookBadPort;
        }

        var secret = call.Args.GetString("secret_token");
        if (secret is not null && !SecretShape().IsMatch(secret))
        {
            return BotApiErrors.SecretTokenInvalid;
        }

        if (call.Args.GetJson("allowed_updates") is { ValueKind: JsonValueKind.Array } allowed)
        {
            state.Updates.SetAllowed([.. allowed.EnumerateArray().Select(type => type.GetString() ?? "")]);
        }

        if (call.Args.GetBoolean("drop_pending_updates"))
        {
            state.Updates.Clear();
        }

        var maxConnections = (int)Math.Clamp(call.Args.GetInteger("max_connections") ?? 40, 1, 100);
        state.Webhook.Registration = new WebhookRegistration(url, secret, maxConnections);
        return BotApiResult.True;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
