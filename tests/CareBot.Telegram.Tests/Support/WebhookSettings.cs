using System.Net;
using System.Net.Sockets;
using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.Support;

/// <summary>A bot in webhook mode on a free loopback port, and a fake that may push to plain http there.</summary>
internal sealed class WebhookSettings
{
    public const string Secret = "test-Secret_0123456789";

    private WebhookSettings(int port)
    {
        Url = new Uri($"http://127.0.0.1:{port}/telegram/updates");
        Settings = new Dictionary<string, string>(BotSettings.Unlimited)
        {
            ["Telegram:Webhook:Url"] = Url.ToString(),
            ["Telegram:Webhook:Secret"] = Secret,
            ["Telegram:Webhook:ListenUrl"] = $"http://127.0.0.1:{port}",
            ["Telegram:Webhook:MaxConnections"] = "10",
        };
    }

    public Uri Url { get; }

    public IReadOnlyDictionary<string, string> Settings { get; }

    public static FakeTelegramOptions FakeOptions => new()
    {
        RateLimits = FakeRateLimitOptions.Disabled,
        AllowHttpWebhookOnLoopback = true,
        WebhookRetryDelay = TimeSpan.FromMilliseconds(100),
    };

    /// <summary>On a port free just now (the bot takes it a moment later; another process grabbing it between is unlikely).</summary>
    public static WebhookSettings OnAFreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new WebhookSettings(port);
    }
}
