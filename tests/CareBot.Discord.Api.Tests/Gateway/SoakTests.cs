using CareBot.Testing.FakeDiscord.Gateway;

namespace CareBot.Discord.Api.Tests.Gateway;

public sealed class SoakTests
{
    private static readonly TimeSpan Interval = GatewayHarness.Interval;
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(5);

    private enum Disruption { Drop, Close4000, Reconnect, ResumableInvalidSession, InvalidSession, Close4009, Zombie }

    [Fact]
    public async Task An_hour_of_random_drops_keeps_one_connection_identifies_only_when_it_must_and_delivers_every_event_once_in_order()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        var dice = new Random(2026);
        var delivered = new List<int>();
        var discord = new SoakDiscord();
        var mustIdentify = 1;

        var consumer = ConsumeAsync(gateway.Run(), delivered);
        while (gateway.Elapsed < TimeSpan.FromHours(1))
        {
            var connection = await gateway.AdvanceUntilAsync(gateway.Server.ExpectConnectionAsync(), TimeSpan.FromMilliseconds(250));
            await discord.GreetAsync(connection, gateway.Server.ResumeUrl);
            for (var step = dice.Next(12, 48); step > 0; step--)
            {
                await discord.SendEventAsync(connection);
                gateway.Clock.Advance(Step);
                await UntilAsync(() => Count(delivered) == discord.EventsSent, $"event {discord.EventsSent} delivered");
            }
            var disruption = (Disruption)dice.Next(7);
            mustIdentify += disruption is Disruption.InvalidSession or Disruption.Close4009 ? 1 : 0;
            await DisruptAsync(gateway, connection, disruption);
        }
        // The client comes back after the last disruption too, identifying or resuming as that one requires.
        await discord.GreetAsync(await gateway.AdvanceUntilAsync(gateway.Server.ExpectConnectionAsync(), TimeSpan.FromMilliseconds(250)), gateway.Server.ResumeUrl);

        Assert.Equal(Enumerable.Range(1, discord.EventsSent), Snapshot(delivered));
        Assert.Equal(mustIdentify, gateway.Server.Received.Count(frame => frame.Opcode == 2));
        Assert.True(gateway.Server.Received.Count(frame => frame.Opcode == 6) >= 5, "the soak never exercised resuming");
        Assert.Equal(1, gateway.Transport.MostOpenAtOnce);
        Assert.False(consumer.IsFaulted);
    }

    private static async Task DisruptAsync(GatewayHarness gateway, ScriptedGatewayConnection connection, Disruption disruption)
    {
        switch (disruption)
        {
            case Disruption.Drop:
                connection.Drop();
                break;
            case Disruption.Close4000:
                await connection.CloseAsync(4000);
                break;
            case Disruption.Close4009:
                await connection.CloseAsync(4009);
                break;
            case Disruption.Reconnect:
                await connection.SendReconnectAsync();
                break;
            case Disruption.ResumableInvalidSession:
                await connection.SendInvalidSessionAsync(resumable: true);
                break;
            case Disruption.InvalidSession:
                await connection.SendInvalidSessionAsync(resumable: false);
                break;
            case Disruption.Zombie:
                connection.AcknowledgeHeartbeats = false;
                await gateway.AdvanceUntilAsync(connection.Ended, TimeSpan.FromSeconds(1));
                break;
        }
        await connection.ExpectEndedAsync($"expect the connection to end after {disruption}");
    }

    private static async Task ConsumeAsync(GatewayHarness gateway, List<int> delivered)
    {
        await foreach (var dispatch in gateway.Client.Events.ReadAllAsync())
        {
            if (dispatch.Name == SoakDiscord.EventName)
            {
                lock (delivered)
                {
                    delivered.Add(dispatch.Data.GetProperty("n").GetInt32());
                }
            }
        }
    }

    private static int Count(List<int> delivered)
    {
        lock (delivered)
        {
            return delivered.Count;
        }
    }

    private static List<int> Snapshot(List<int> delivered)
    {
        lock (delivered)
        {
            return [.. delivered];
        }
    }

    /// <summary>Waits (30 s of real time at most) for a condition the client makes true; the pause between looks only paces.</summary>
    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        var ceiling = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > ceiling)
            {
                throw new TimeoutException($"Gave up waiting for {what}");
            }
            await Task.Delay(2);
        }
    }

    /// <summary>Plays Discord's side of sessions for the soak: numbers events, remembers them per session and replays on resume.</summary>
    private sealed class SoakDiscord
    {
        public const string EventName = "SOAK";
        private readonly Dictionary<int, int> eventAtSequence = [];
        private string? sessionId;
        private int sessions;
        private int sequence;

        public int EventsSent { get; private set; }

        public async Task GreetAsync(ScriptedGatewayConnection connection, Uri resumeUrl)
        {
            await connection.SendHelloAsync(Interval);
            var opening = await connection.ExpectCommandAsync("expect Identify or Resume");
            if (opening.Opcode == 2)
            {
                sessionId = $"soak-{++sessions}";
                sequence = 0;
                eventAtSequence.Clear();
                await connection.SendReadyAsync(sessionId, resumeUrl, ++sequence);
                return;
            }
            Assert.Equal(6, opening.Opcode);
            Assert.Equal(sessionId, opening.Data.GetProperty("session_id").GetString());
            Assert.Equal("/resume", connection.Path);
            // Replay from a little before what the client asked for, as a server may: the client must not deliver twice.
            var asked = opening.Data.GetProperty("seq").GetInt32();
            for (var replayed = Math.Max(1, asked - 2); replayed <= sequence; replayed++)
            {
                if (eventAtSequence.TryGetValue(replayed, out var number))
                {
                    await SendAsync(connection, replayed, number);
                }
            }
            await connection.SendResumedAsync(++sequence);
        }

        public Task SendEventAsync(ScriptedGatewayConnection connection)
        {
            eventAtSequence[++sequence] = ++EventsSent;
            return SendAsync(connection, sequence, EventsSent);
        }

        private static Task SendAsync(ScriptedGatewayConnection connection, int sequence, int number) =>
            connection.SendDispatchAsync(sequence, EventName, $$"""{"n":{{number}}}""");
    }
}
