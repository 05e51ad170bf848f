using CareBot.Discord.Api.Gateway;
using CareBot.Testing.FakeDiscord.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Discord.Api.Tests.Gateway;

/// <summary>
/// The real client against the scripted gateway over real sockets, with time on a fake clock: the
/// heartbeat, backoff and identify waits move only when a test advances the clock.
/// </summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    public const string Token = "test-token-never-logged";
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(40);
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(30);
    private readonly CancellationTokenSource stop = new();

    private GatewayHarness(ScriptedGateway server, FakeTimeProvider clock)
    {
        Server = server;
        Clock = clock;
        BotSource = new StubBotSource(server.GatewayUrl);
    }

    public FakeTimeProvider Clock { get; }

    public ScriptedGateway Server { get; }

    public ScriptedRandom Random { get; } = new();

    public StubBotSource BotSource { get; }

    public IIdentifyLedger Ledger { get; set; } = new InMemoryIdentifyLedger();

    public CountingTransport Transport { get; } = new();

    public RecordingLogger<DiscordGatewayClient> Log { get; } = new();

    public DiscordGatewayOptions Options { get; } = new();

    public DiscordGatewayClient Client { get; private set; } = null!;

    public Task<GatewayStopped> Running { get; private set; } = null!;

    /// <summary>Time on the fake clock since the fake gateway started, as its frame records count it.</summary>
    public TimeSpan Elapsed => Clock.GetUtcNow() - Start;

    private static DateTimeOffset Start => new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static async Task<GatewayHarness> CreateAsync()
    {
        var clock = new FakeTimeProvider(Start);
        return new GatewayHarness(await ScriptedGateway.StartAsync(clock), clock);
    }

    /// <summary>Creates the client with what the test arranged and starts it.</summary>
    public GatewayHarness Run()
    {
        var api = new DiscordApiOptions { Token = Token };
        Client = new DiscordGatewayClient(api, Options, BotSource, Ledger, Transport, Clock, Random, Log);
        Running = Client.RunAsync(stop.Token);
        return this;
    }

    /// <summary>Plays a first connection up to READY (sequence 1), which the harness reads from the events.</summary>
    public async Task<ScriptedGatewayConnection> ConnectAsync(string sessionId = "session-1", TimeSpan? heartbeatInterval = null)
    {
        var connection = await Server.ExpectConnectionAsync();
        await connection.SendHelloAsync(heartbeatInterval ?? Interval);
        await connection.ExpectIdentifyAsync();
        await connection.SendReadyAsync(sessionId, Server.ResumeUrl);
        Assert.Equal("READY", (await NextEventAsync()).Name);
        return connection;
    }

    /// <summary>Waits for the client to come back (stepping the clock through any backoff), says Hello, and expects its Resume.</summary>
    public Task<ScriptedGatewayConnection> ExpectResumeAsync() => ExpectReturnAsync(6, "expect Resume");

    /// <summary>Waits for the client to come back (stepping the clock through any wait), says Hello, and expects a fresh Identify.</summary>
    public Task<ScriptedGatewayConnection> ExpectIdentifyAsync() => ExpectReturnAsync(2, "expect Identify");

    private async Task<ScriptedGatewayConnection> ExpectReturnAsync(int opcode, string step)
    {
        var connection = await AdvanceUntilAsync(Server.ExpectConnectionAsync(), TimeSpan.FromMilliseconds(100));
        await connection.SendHelloAsync(Interval);
        await connection.ExpectAsync(opcode, step);
        return connection;
    }

    public async Task<GatewayDispatch> NextEventAsync() => await Client.Events.ReadAsync().AsTask().WaitAsync(Ceiling);

    /// <summary>Moves the clock to <paramref name="elapsed"/> since the start in one step.</summary>
    public void AdvanceTo(TimeSpan elapsed) => Clock.Advance(elapsed - Elapsed);

    /// <summary>
    /// Moves the clock in steps until <paramref name="awaited"/> completes (30 s of real time at most),
    /// for waits whose exact length the test does not fix (backoffs). The short real pause between
    /// steps only paces the clock; what the test waits on is the event.
    /// </summary>
    public Task<T> AdvanceUntilAsync<T>(Task<T> awaited, TimeSpan step) => AdvanceUntilAsync(awaited, step, TimeSpan.MaxValue);

    /// <summary>
    /// As above, but the clock stops at <paramref name="latest"/> (since the start) and the test then waits in real time:
    /// a client slow to react on a busy machine cannot make the clock run past the moment the test is about.
    /// </summary>
    public async Task<T> AdvanceUntilAsync<T>(Task<T> awaited, TimeSpan step, TimeSpan latest)
    {
        var ceiling = DateTime.UtcNow + Ceiling;
        while (!awaited.IsCompleted)
        {
            if (DateTime.UtcNow > ceiling)
            {
                throw new TimeoutException($"Nothing happened within {Ceiling} of real time while advancing the clock to {Elapsed}");
            }
            var room = latest - Elapsed;
            if (room > TimeSpan.Zero)
            {
                Clock.Advance(room < step ? room : step);
            }
            await Task.WhenAny(awaited, Task.Delay(5));
        }
        return await awaited;
    }

    /// <summary>
    /// A round trip through the client's receive loop and the event pump: once the event is read,
    /// whatever the client was doing on the clock as it stands has had time to reach the fake.
    /// </summary>
    public async Task FlushAsync(ScriptedGatewayConnection connection, int sequence)
    {
        await connection.SendDispatchAsync(sequence, "FLUSH");
        Assert.Equal(sequence, (await NextEventAsync()).Sequence);
    }

    public IReadOnlyList<ReceivedGatewayFrame> Heartbeats(int connection) =>
        [.. Server.Received.Where(frame => frame.Connection == connection && frame.Opcode == 1)];

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (Running is not null)
        {
            await Running.WaitAsync(Ceiling);
        }
        await Server.DisposeAsync();
        stop.Dispose();
        Log.Dispose();
    }
}
