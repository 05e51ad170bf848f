using CareBot.Telegram.Tests.Support;
using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.EndToEnd;

public sealed class SecretTests
{
    private const string Secret = "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    [Fact]
    public async Task The_token_never_appears_in_the_output_even_with_every_log_on_and_errors_on_the_way()
    {
        await using var fake = await FakeTelegramServer.StartAsync(
            new FakeTelegramOptions { Token = "7012345678:" + Secret, RateLimits = FakeRateLimitOptions.Disabled }, TestTimeout.Token);
        using var database = new TempDatabase();
        fake.FailNext("getMe", 1, FakeFault.DropConnection());
        fake.FailNext("getUpdates", 1, FakeFault.ServerError());
        fake.FailNext("sendMessage", 1, FakeFault.DropConnection());
        fake.FailNext("sendMessage", 1, FakeFault.Error(400, "Bad Request: chat not found"));
        var settings = new Dictionary<string, string>(BotSettings.Unlimited) { ["Logging:LogLevel:Default"] = "Trace" };
        await using var bot = await ChildBot.StartAsync(fake, database.Path, settings, TestTimeout.Token);
        var owner = fake.CreateUser("Olga", "olga");
        var group = fake.CreateGroup("Riverside Care", owner);

        fake.AddBotToGroup(group, owner);
        fake.SendText(group, owner, "/offer soup on Sundays");
        await fake.WaitForMessageAsync(group, m => m.PlainText.Contains("soup", StringComparison.Ordinal), TestTimeout.Wait, TestTimeout.Token);
        await bot.KillAsync();

        Assert.Contains("Connected to Telegram", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("soup on Sundays", bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_webhook_secret_never_appears_in_the_output_even_with_every_log_on()
    {
        await using var fake = await FakeTelegramServer.StartAsync(WebhookSettings.FakeOptions, TestTimeout.Token);
        using var database = new TempDatabase();
        var webhook = WebhookSettings.OnAFreePort();
        var settings = new Dictionary<string, string>(webhook.Settings) { ["Logging:LogLevel:Default"] = "Trace" };
        await using var bot = await ChildBot.StartAsync(fake, database.Path, settings, TestTimeout.Token);
        var owner = fake.CreateUser("Olga", "olga");
        var group = fake.CreateGroup("Riverside Care", owner);

        fake.AddBotToGroup(group, owner);
        fake.SendText(group, owner, "/offer soup on Sundays");
        await fake.WaitForMessageAsync(group, m => m.PlainText.Contains("soup", StringComparison.Ordinal), TestTimeout.Wait, TestTimeout.Token);
        await bot.KillAsync();

        Assert.Equal(webhook.Url, fake.WebhookUrl);
        Assert.DoesNotContain(WebhookSettings.Secret, bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("soup on Sundays", bot.Output, StringComparison.Ordinal);
    }
}
