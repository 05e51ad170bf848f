namespace CareBot.Discord.Api.Tests.Gateway;

public sealed class ReconnectTests
{
    private static readonly TimeSpan Interval = GatewayHarness.Interval;
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task Resume_goes_to_the_resume_url_with_the_same_query()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        var first = await gateway.Run().ConnectAsync();
        await first.SendDispatchAsync(2, "GUILD_CREATE");
        await gateway.NextEventAsync();

        first.Drop();
        var second = await gateway.AdvanceUntilAsync(gateway.Server.ExpectConnectionAsync(), Step);
        await second.SendHelloAsync(Interval);
        var resume = await second.ExpectResumeAsync();

        Assert.Equal(("/gateway", "?v=10&encoding=json"), (first.Path, first.Query));
        Assert.Equal(("/resume", "?v=10&encoding=json"), (second.Path, second.Query));
        Assert.Equal("session-1", resume.Data.GetProperty("session_id").GetString());
        Assert.Equal(2, resume.Data.GetProperty("seq").GetInt32());
        Assert.Equal(GatewayHarness.Token, resume.Data.GetProperty("token").GetString());
    }

    [Fact]
    public async Task Reconnect_resumes_at_once()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        var first = await gateway.Run().ConnectAsync();

        await first.SendReconnectAsync();

        Assert.Equal(4000, await first.ExpectEndedAsync());
        var second = await gateway.Server.ExpectConnectionAsync("expect a reconnection without the clock moving");
        await second.SendHelloAsync(Interval);
        await second.ExpectResumeAsync();
        Assert.Equal(TimeSpan.Zero, second.OpenedAt);
    }

    [Fact]
    public async Task Reconnect_before_Hello_resumes()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        var first = await gateway.Run().ConnectAsync();
        await first.SendReconnectAsync();
        var second = await gateway.Server.ExpectConnectionAsync();

        await second.SendReconnectAsync();

        Assert.Equal(4000, await second.ExpectEndedAsync());
        var third = await gateway.AdvanceUntilAsync(gateway.Server.ExpectConnectionAsync(), Step);
        Assert.Equal("/resume", third.Path);
        await third.SendHelloAsync(Interval);
        await third.ExpectResumeAsync();
    }

    [Fact]
    public async Task Invalid_session_resumable_resumes()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        var first = await gateway.Run().ConnectAsync();

        await first.SendInvalidSessionAsync(resumable: true);

        await gateway.ExpectResumeAsync();
    }

    [Fact]
    public async Task Invalid_session_not_resumable_waits_one_to_five_seconds_and_identifies()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        var first = await gateway.Run().ConnectAsync();
        // Past the five-second identify window, so only the invalid-session wait can hold the client back.
        gateway.AdvanceTo(TimeSpan.FromSeconds(30));
        await gateway.FlushAsync(first, 2);
        gateway.Random.LineUp(0.5);

        await first.SendInvalidSessionAsync(resumable: false);

        await first.ExpectEndedAsync();
        // The random half lines up a three-second wait. The clock goes no further than the rule's five seconds, so a
        // client that is slow on a busy machine cannot push it on, and a wait that is too long never ends.
        var second = await gateway.AdvanceUntilAsync(gateway.Server.ExpectConnectionAsync(), TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(30 + 5));
        var waited = second.OpenedAt - TimeSpan.FromSeconds(30);
        Assert.True(waited >= TimeSpan.FromSeconds(3) && waited < TimeSpan.FromSeconds(10), $"identified again after {waited}");
        Assert.Equal("/gateway", second.Path);
        await second.SendHelloAsync(Interval);
        await second.ExpectIdentifyAsync();
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Close_4007_and_4009_identify_afresh(int closeCode)
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        var first = await gateway.Run().ConnectAsync();

        await first.CloseAsync(closeCode);

        var second = await gateway.ExpectIdentifyAsync();
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(4000)]
    [InlineData(4008)]
    [InlineData(1001)]
    [InlineData(1006)]
    public async Task Other_closes_and_drops_resume_after_a_backoff(int closeCode)
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        var first = await gateway.Run().ConnectAsync();
        gateway.Random.LineUp(0);

        if (closeCode == 1006)
        {
            first.Drop();
        }
        else
        {
            await first.CloseAsync(closeCode);
        }

        var second = await gateway.AdvanceUntilAsync(gateway.Server.ExpectConnectionAsync(), Step);
        Assert.True(second.OpenedAt >= TimeSpan.FromSeconds(0.5), $"reconnected after {second.OpenedAt}, without backing off");
        await second.SendHelloAsync(Interval);
        await second.ExpectResumeAsync();
    }

    [Fact]
    public async Task Three_failed_resumes_in_a_row_identify_afresh()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        var first = await gateway.Run().ConnectAsync();
        first.Drop();

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var resuming = await gateway.AdvanceUntilAsync(gateway.Server.ExpectConnectionAsync(), Step);
            await resuming.SendHelloAsync(Interval);
            await resuming.ExpectResumeAsync();
            await resuming.CloseAsync(4000);
        }

        var fresh = await gateway.ExpectIdentifyAsync();
        Assert.Equal("/gateway", fresh.Path);
    }
}
