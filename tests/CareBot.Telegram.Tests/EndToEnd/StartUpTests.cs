using CareBot.Composition;
using CareBot.Telegram.Hosting;
using CareBot.Telegram.Tests.Support;
using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.EndToEnd;

public sealed class StartUpTests
{
    [Fact]
    public async Task A_rejected_token_stops_the_host_with_one_clear_line_and_a_failure_exit_code()
    {
        await using var fake = await FakeTelegramServer.StartAsync(cancellationToken: TestTimeout.Token);
        using var database = new TempDatabase();
        var settings = BotSettings.For(fake, database.Path);
        settings["Telegram:Token"] = "999999:revoked-token";
        using var errors = new StringWriter();

        var exitCode = await CareBotApp.RunAsync([.. settings.Select(pair => $"--{pair.Key}={pair.Value}")], errors).WaitAsync(TestTimeout.Token);

        Assert.Equal(2, exitCode);
        Assert.Equal($"carebot: {TelegramMessages.TokenRejected}{Environment.NewLine}", errors.ToString());
    }

    [Fact]
    public async Task A_malformed_token_is_refused_before_anything_is_called()
    {
        await using var fake = await FakeTelegramServer.StartAsync(cancellationToken: TestTimeout.Token);
        using var database = new TempDatabase();
        var settings = BotSettings.For(fake, database.Path);
        settings["Telegram:Token"] = "not a token";
        using var errors = new StringWriter();

        var exitCode = await CareBotApp.RunAsync([.. settings.Select(pair => $"--{pair.Key}={pair.Value}")], errors).WaitAsync(TestTimeout.Token);

        Assert.Equal(2, exitCode);
        Assert.Contains("Telegram:Token", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("not a token", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, fake.Requests.TotalRequests);
    }
}
