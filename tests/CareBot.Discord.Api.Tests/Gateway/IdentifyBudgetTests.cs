using CareBot.Discord.Api.Gateway;

namespace CareBot.Discord.Api.Tests.Gateway;

public sealed class IdentifyBudgetTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_low_identify_budget_makes_the_client_wait_and_say_so()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        gateway.BotSource.Limit = StubBotSource.Budget(remaining: 5, resetAfter: TimeSpan.FromHours(2));

        gateway.Run();

        var line = await gateway.Log.WaitForAsync("session starts are left");
        Assert.Contains("Only 5", line, StringComparison.Ordinal);
        Assert.Equal(0, gateway.Server.WaitingConnections);
        gateway.BotSource.Limit = StubBotSource.Budget(remaining: 1000, resetAfter: TimeSpan.FromHours(24));
        var connection = await gateway.AdvanceUntilAsync(gateway.Server.ExpectConnectionAsync(), Step);
        Assert.True(connection.OpenedAt >= TimeSpan.FromHours(2), $"identified after {connection.OpenedAt}, before the reset");
    }

    [Fact]
    public async Task Identifies_are_remembered_across_restarts()
    {
        var ledger = new InMemoryIdentifyLedger();
        var earlier = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
        for (var identify = 0; identify < 979; identify++)
        {
            await ledger.RecordAsync(earlier, CancellationToken.None);
        }
        await using (var before = await GatewayHarness.CreateAsync())
        {
            before.Ledger = ledger;
            await before.Run().ConnectAsync();
        }

        // Discord's count says plenty are left (say it was read before the crash loop); the ledger knows 980 were spent today.
        await using var after = await GatewayHarness.CreateAsync();
        after.Ledger = ledger;
        after.Run();

        await after.Log.WaitForAsync("Only 20 Discord session starts are left");
        Assert.Equal(0, after.Server.WaitingConnections);
        var connection = await after.AdvanceUntilAsync(after.Server.ExpectConnectionAsync(), TimeSpan.FromMinutes(10));
        Assert.True(connection.OpenedAt >= TimeSpan.FromHours(23), $"identified after {connection.OpenedAt}, before the day's identifies aged out");
    }

    [Fact]
    public async Task At_most_max_concurrency_identifies_start_in_five_seconds()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        await gateway.Ledger.RecordAsync(gateway.Clock.GetUtcNow() - TimeSpan.FromSeconds(1), CancellationToken.None);

        var connection = await gateway.Run().AdvanceUntilAsync(gateway.Server.ExpectConnectionAsync(), TimeSpan.FromMilliseconds(250));

        Assert.True(connection.OpenedAt >= TimeSpan.FromSeconds(4), $"identified {connection.OpenedAt} after another, inside five seconds");
    }
}
