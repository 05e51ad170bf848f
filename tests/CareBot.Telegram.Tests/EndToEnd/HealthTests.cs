using CareBot.Composition;
using CareBot.Telegram.Tests.Support;
using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.EndToEnd;

/// <summary>Docker's HEALTHCHECK runs <c>carebot health</c>: healthy while the bot runs on the database, not once it stops.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Health_is_good_while_the_bot_runs_and_bad_once_it_stopped()
    {
        await using var fake = await FakeTelegramServer.StartAsync(cancellationToken: TestTimeout.Token);
        using var database = new TempDatabase();

        var before = await HealthAsync(database.Path);
        var bot = await InProcessBot.StartAsync(fake, database.Path);
        var running = await HealthAsync(database.Path);
        await bot.DisposeAsync();
        var after = await HealthAsync(database.Path);

        Assert.Equal(1, before.ExitCode);
        Assert.True(running.ExitCode == 0, running.Errors);
        Assert.StartsWith("healthy: heartbeat", running.Output, StringComparison.Ordinal);
        Assert.Equal(1, after.ExitCode);
        Assert.Contains("no CareBot is running", after.Errors, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Errors)> HealthAsync(string database)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await CareBotApp.RunAsync(["health", "--db", database], output, errors).WaitAsync(TestTimeout.Token);
        return (exitCode, output.ToString(), errors.ToString());
    }
}
