namespace CareBot.Discord.Api.Tests.Gateway;

public sealed class DeliveryTests
{
    private static readonly TimeSpan Interval = GatewayHarness.Interval;

    [Fact]
    public async Task Replayed_events_are_delivered_once()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        var first = await gateway.Run().ConnectAsync();
        for (var sequence = 2; sequence <= 4; sequence++)
        {
            await first.SendDispatchAsync(sequence, "MESSAGE_CREATE", $$"""{"n":{{sequence}}}""");
        }
        await first.SendReconnectAsync();
        var second = await gateway.Server.ExpectConnectionAsync();
        await second.SendHelloAsync(Interval);
        await second.ExpectResumeAsync();

        // Discord replays from an older point than the client asked for; the client passes on only what is new.
        for (var sequence = 2; sequence <= 6; sequence++)
        {
            await second.SendDispatchAsync(sequence, "MESSAGE_CREATE", $$"""{"n":{{sequence}}}""");
        }
        await second.SendResumedAsync(7);

        var delivered = new List<int>();
        for (var count = 0; count < 6; count++)
        {
            delivered.Add((await gateway.NextEventAsync()).Sequence);
        }
        Assert.Equal([2, 3, 4, 5, 6, 7], delivered);
    }

    [Fact]
    public async Task A_slow_consumer_does_not_delay_heartbeats()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        gateway.Options.EventBufferCapacity = 2;
        gateway.Random.LineUp(0.25);
        var connection = await gateway.Run().ConnectAsync();

        // Nobody reads while fifty events arrive: far more than the consumer's buffer holds.
        for (var sequence = 2; sequence <= 51; sequence++)
        {
            await connection.SendDispatchAsync(sequence, "MESSAGE_CREATE");
        }
        await connection.SendHeartbeatRequestAsync();
        Assert.Equal(TimeSpan.Zero, (await connection.ExpectHeartbeatAsync()).At);
        for (var beat = 0; beat < 3; beat++)
        {
            gateway.AdvanceTo(Interval * 0.25 + Interval * beat);
            Assert.Equal(51, (await connection.ExpectHeartbeatAsync()).Data.GetInt32());
            // The answer to a request proves the receive loop has read the acknowledgement sent before it.
            await connection.SendHeartbeatRequestAsync();
            await connection.ExpectHeartbeatAsync();
        }
        Assert.False(connection.Ended.IsCompleted, "acknowledged beats were taken for a zombie while the consumer lagged");

        for (var sequence = 2; sequence <= 51; sequence++)
        {
            Assert.Equal(sequence, (await gateway.NextEventAsync()).Sequence);
        }
    }
}
