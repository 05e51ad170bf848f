using System.Globalization;
using System.Text.Json.Nodes;
using CareBot.Testing.FakeDiscord.Gateway;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Storage.Contract.Tests.SeveralInstances;

/// <summary>
/// Discord's gateway as several hosts see it, played on the <see cref="ScriptedGateway"/> without a script: every host
/// that connects is taken through Hello, Identify, READY and GUILD_CREATE, and every event goes to every live session,
/// as Discord sends each event to each session of an unsharded bot. A second live session is thus a second handling
/// (the fake answers the second callback 40060), and is recorded as an overlap. No session, no event: a member's
/// interaction then fails, as it would on Discord.
/// </summary>
internal sealed class ClusterDiscordGateway : IAsyncDisposable
{
    private static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(40);
    private readonly ScriptedGateway _gateway;
    private readonly FakeDiscordRestServer _rest;
    private readonly FakeGuild _guild;
    private readonly FakeChannel _channel;
    private readonly List<GatewaySession> _sessions = [];
    private readonly List<(GatewaySession Earlier, GatewaySession Later)> _overlaps = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _accepting;

    private ClusterDiscordGateway(ScriptedGateway gateway, FakeDiscordRestServer rest, FakeGuild guild, FakeChannel channel)
    {
        _gateway = gateway;
        _rest = rest;
        _guild = guild;
        _channel = channel;
        _accepting = AcceptAsync(_stopping.Token);
    }

    public Uri GatewayUrl => _gateway.GatewayUrl;

    public IReadOnlyList<GatewaySession> Sessions
    {
        get
        {
            lock (_sessions)
            {
                return [.. _sessions];
            }
        }
    }

    /// <summary>Sessions that were live together: the earlier still open when the later became ready.</summary>
    public IReadOnlyList<(GatewaySession Earlier, GatewaySession Later)> Overlaps
    {
        get
        {
            lock (_sessions)
            {
                return [.. _overlaps];
            }
        }
    }

    public IReadOnlyList<GatewaySession> LiveSessions
    {
        get
        {
            lock (_sessions)
            {
                return [.. _sessions.Where(session => session.Live)];
            }
        }
    }

    public static async Task<ClusterDiscordGateway> StartAsync(FakeDiscordRestServer rest, FakeGuild guild, FakeChannel channel)
    {
        var gateway = await ScriptedGateway.StartAsync(TimeProvider.System);

        // Each host's steps wait as long as a process starting from cold on a busy machine needs.
        gateway.StepCeiling = TimeSpan.FromSeconds(60);
        return new ClusterDiscordGateway(gateway, rest, guild, channel);
    }

    /// <summary>
    /// An interaction sent to each live session, made (its 3 seconds starting) as it goes out; null when no session is
    /// live, so the member's client shows "This interaction failed".
    /// </summary>
    public async Task<(FakeInteraction Interaction, IReadOnlyList<GatewaySession> To)?> DispatchInteractionAsync(
        int type, FakeChannel channel, ulong? messageId, Func<FakeInteraction, JsonObject> payload)
    {
        var live = LiveSessions;
        if (live.Count == 0)
        {
            return null;
        }

        var interaction = _rest.CreateInteraction(type, channel, messageId);
        var json = payload(interaction).ToJsonString();
        await Task.WhenAll(live.Select(session => session.Connection.SendDispatchAsync(session.NextSequence(), "INTERACTION_CREATE", json)));
        return (interaction, live);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();

        // Dropping the connections first ends any host's steps still waiting.
        await _gateway.DisposeAsync();
        await _accepting;
        _stopping.Dispose();
    }

    private async Task AcceptAsync(CancellationToken stopping)
    {
        var serving = new List<Task>();
        while (!stopping.IsCancellationRequested)
        {
            ScriptedGatewayConnection connection;
            try
            {
                connection = await _gateway.ExpectConnectionAsync().WaitAsync(stopping);
            }
            catch (TimeoutException)
            {
                continue;
            }
            catch (OperationCanceledException)
            {
                break;
            }

            serving.Add(ServeAsync(connection));
        }

        await Task.WhenAll(serving);
    }

    /// <summary>Hello, Identify, READY and the server, as Discord answers a new session; a resume is refused (a new process has none to resume).</summary>
    private async Task ServeAsync(ScriptedGatewayConnection connection)
    {
        try
        {
            await connection.SendHelloAsync(HeartbeatInterval);
            while ((await connection.ExpectCommandAsync("expect Identify")).Opcode != 2)
            {
                await connection.SendInvalidSessionAsync(resumable: false);
            }

            var session = new GatewaySession(connection, DateTimeOffset.UtcNow);
            _ = connection.Ended.ContinueWith(_ => session.EndedAt ??= DateTimeOffset.UtcNow, TaskScheduler.Default);
            await connection.SendReadyAsync("session-" + connection.Number, _gateway.ResumeUrl);
            await connection.SendDispatchAsync(session.NextSequence(), "GUILD_CREATE", new JsonObject
            {
                ["id"] = Id(_guild.Id),
                ["name"] = _guild.Name,
                ["system_channel_id"] = Id(_channel.Id),
            }.ToJsonString());
            lock (_sessions)
            {
                _overlaps.AddRange(_sessions.Where(earlier => earlier.Live).Select(earlier => (earlier, session)));
                session.Ready = true;
                _sessions.Add(session);
            }
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            // A host killed while it connected: the connection is gone, and no session was made.
        }
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
