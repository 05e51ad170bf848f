using System.Text.Json;
using CareBot.Discord.Api.Gateway;

namespace CareBot.Discord.Api.Tests.Gateway;

public sealed class SendBudgetTests
{
    private static readonly JsonElement Presence = JsonDocument.Parse("""{"since":null,"activities":[],"status":"online","afk":false}""").RootElement;

    [Fact]
    public async Task Heartbeats_jump_the_send_queue()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        gateway.Random.LineUp(0.9);
        var connection = await gateway.Run().ConnectAsync();
        for (var command = 0; command < 150; command++)
        {
            await gateway.Client.QueueAsync(GatewayOpcode.PresenceUpdate, Presence, CancellationToken.None);
        }
        // The budget (110 a minute, Identify included) lets 109 out; the rest wait for the minute to pass.
        for (var command = 0; command < 109; command++)
        {
            await connection.ExpectAsync(3, $"expect presence update {command + 1}");
        }

        await connection.SendHeartbeatRequestAsync();

        var beat = await connection.ExpectHeartbeatAsync();
        Assert.Equal(TimeSpan.Zero, beat.At);
        Assert.Equal(109, gateway.Server.Received.Count(frame => frame.Opcode == 3));
    }

    [Fact]
    public async Task The_client_stays_under_120_sends_a_minute()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        // Heartbeats every ten minutes: the clock's minute-long jumps must not outrun their acknowledgements.
        var connection = await gateway.Run().ConnectAsync(heartbeatInterval: TimeSpan.FromMinutes(10));
        for (var command = 0; command < 300; command++)
        {
            await gateway.Client.QueueAsync(GatewayOpcode.PresenceUpdate, Presence, CancellationToken.None);
        }

        // The clock jumps a minute at a time and stands still while frames travel, so each is recorded at the minute it left:
        // 109 beside the Identify in the first minute, then 110 a minute.
        var expected = 0;
        foreach (var (minute, batch) in new[] { (0, 109), (1, 110), (2, 81) })
        {
            gateway.AdvanceTo(TimeSpan.FromMinutes(minute));
            for (var command = 0; command < batch; command++)
            {
                await connection.ExpectAsync(3, $"expect presence update {++expected} in minute {minute}");
            }
        }

        var sent = gateway.Server.Received.Select(frame => frame.At).ToList();
        var busiestMinute = sent.Max(start => sent.Count(at => at >= start && at < start + TimeSpan.FromMinutes(1)));
        Assert.True(busiestMinute is >= 100 and <= 120, $"{busiestMinute} sends in the busiest minute: {string.Join(", ", sent.GroupBy(at => (int)at.TotalSeconds).Select(second => $"{second.Key}s×{second.Count()}"))}");
    }
}
