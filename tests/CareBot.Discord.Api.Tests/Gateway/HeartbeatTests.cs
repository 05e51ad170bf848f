namespace CareBot.Discord.Api.Tests.Gateway;

public sealed class HeartbeatTests
{
    private static readonly TimeSpan Interval = GatewayHarness.Interval;

    [Fact]
    public async Task The_first_heartbeat_waits_a_random_fraction_of_the_interval()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        gateway.Random.LineUp(0.25);
        var connection = await gateway.Run().ConnectAsync();

        gateway.AdvanceTo(Interval * 0.25 - TimeSpan.FromMilliseconds(1));
        await gateway.FlushAsync(connection, 2);
        Assert.Empty(gateway.Heartbeats(1));

        gateway.AdvanceTo(Interval * 0.25);
        var first = await connection.ExpectHeartbeatAsync();
        Assert.Equal(Interval * 0.25, first.At);
        Assert.Equal(2, first.Data.GetInt32());
    }

    [Fact]
    public async Task After_the_first_heartbeat_one_follows_every_interval()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        gateway.Random.LineUp(0.25);
        var connection = await gateway.Run().ConnectAsync();

        for (var beat = 0; beat < 3; beat++)
        {
            var due = Interval * 0.25 + Interval * beat;
            gateway.AdvanceTo(due - TimeSpan.FromMilliseconds(1));
            await gateway.FlushAsync(connection, beat + 2);
            Assert.Equal(beat, gateway.Heartbeats(1).Count);
            gateway.AdvanceTo(due);
            Assert.Equal(due, (await connection.ExpectHeartbeatAsync()).At);
        }
    }

    [Fact]
    public async Task A_missed_ack_closes_the_zombie_connection_with_a_non_1000_code_and_resumes()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        gateway.Server.AcknowledgeHeartbeats = false;
        gateway.Random.LineUp(0.25);
        var first = await gateway.Run().ConnectAsync();

        gateway.AdvanceTo(Interval * 0.25);
        await first.ExpectHeartbeatAsync();
        gateway.AdvanceTo(Interval * 1.25);

        var closeCode = await first.ExpectEndedAsync("expect the zombie to be closed");
        Assert.NotNull(closeCode);
        Assert.True(closeCode is not (1000 or 1001), $"the client closed with {closeCode}, which ends the session");
        var second = await gateway.Server.ExpectConnectionAsync("expect the client back");
        Assert.Equal("/resume", second.Path);
        await second.SendHelloAsync(Interval);
        var resume = await second.ExpectResumeAsync();
        Assert.Equal("session-1", resume.Data.GetProperty("session_id").GetString());
    }

    [Fact]
    public async Task A_zombie_that_never_answers_the_close_is_abandoned_and_the_client_comes_back()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        gateway.Server.AcknowledgeHeartbeats = false;
        gateway.Server.AnswerCloses = false;
        gateway.Random.LineUp(0.25);
        var first = await gateway.Run().ConnectAsync();
        gateway.AdvanceTo(Interval * 0.25);
        await first.ExpectHeartbeatAsync();
        gateway.AdvanceTo(Interval * 1.25);
        await first.ExpectEndedAsync("expect the zombie to be closed");

        // The close is never answered: after waiting for it, the client must give the connection up and come back,
        // not stop hearing Discord altogether.
        gateway.Server.AnswerCloses = true;
        gateway.AdvanceTo(Interval * 1.25 + TimeSpan.FromSeconds(6));
        var second = await gateway.Server.ExpectConnectionAsync("expect the client back after abandoning the dead connection");

        Assert.Equal("/resume", second.Path);
        Assert.False(gateway.Running!.IsCompleted, "the gateway client stopped");
    }

    [Fact]
    public async Task The_ack_wait_counts_from_when_the_beat_was_sent()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        gateway.Server.AcknowledgeHeartbeats = false;
        gateway.Random.LineUp(0.25);
        var connection = await gateway.Run().ConnectAsync();

        // The beat falls due at 10 s but the socket holds it until 45 s.
        gateway.Transport.HoldHeartbeats();
        gateway.AdvanceTo(TimeSpan.FromSeconds(10));
        await gateway.FlushAsync(connection, 2);
        gateway.AdvanceTo(TimeSpan.FromSeconds(45));
        gateway.Transport.ReleaseHeartbeats();
        Assert.Equal(TimeSpan.FromSeconds(45), (await connection.ExpectHeartbeatAsync()).At);

        // Counting from the queueing (10 s) would close at 50 s; from the send, not before 85 s.
        var closeCode = await gateway.AdvanceUntilAsync(connection.Ended, TimeSpan.FromSeconds(1));
        Assert.Equal(4000, closeCode);
        Assert.True(connection.EndedAt >= TimeSpan.FromSeconds(85), $"the zombie was closed at {connection.EndedAt}, less than an interval after the beat left at 45 s");
    }

    [Fact]
    public async Task A_heartbeat_request_is_answered_at_once()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        gateway.Random.LineUp(0.9);
        var connection = await gateway.Run().ConnectAsync();

        await connection.SendHeartbeatRequestAsync();

        var beat = await connection.ExpectHeartbeatAsync();
        Assert.Equal(TimeSpan.Zero, beat.At);
        Assert.Equal(1, beat.Data.GetInt32());
    }

    [Fact]
    public async Task Each_hello_starts_a_fresh_heartbeat_cycle()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        gateway.Server.AcknowledgeHeartbeats = false;
        gateway.Random.LineUp(0.25, 0.25);
        var first = await gateway.Run().ConnectAsync();
        gateway.AdvanceTo(TimeSpan.FromSeconds(10));
        await first.ExpectHeartbeatAsync();

        // The beat on the old connection is still unanswered when Discord asks for a reconnect.
        await first.SendReconnectAsync();
        await first.ExpectEndedAsync();
        var second = await gateway.Server.ExpectConnectionAsync();
        await second.SendHelloAsync(Interval);
        await second.ExpectResumeAsync();

        // The new connection beats a quarter interval after its Hello instead of being judged by the old beat.
        gateway.AdvanceTo(TimeSpan.FromSeconds(20));
        var beat = await second.ExpectHeartbeatAsync();
        Assert.Equal(TimeSpan.FromSeconds(20), beat.At);
        Assert.False(second.Ended.IsCompleted);
    }
}
