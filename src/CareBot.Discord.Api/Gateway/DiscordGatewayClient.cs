using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareBot.Discord.Api.Gateway;

/// <summary>
/// Keeps one live gateway connection for as long as <see cref="RunAsync"/> runs: identifies once,
/// resumes after drops, identifies afresh only when the session is gone, and stops on a close code
/// that reconnecting cannot fix. Events come out of <see cref="Events"/>, each exactly once, in order.
/// </summary>
/// <remarks>
/// Events pass from the receive loop to an unbounded inbox, and a pump moves them to the bounded
/// <see cref="Events"/> channel, waiting (<see cref="BoundedChannelFullMode.Wait"/>) while consumers
/// lag. Waiting, not dropping, because a lost event is a lost request for care; and it is the pump
/// that waits, never the receive loop, which must keep reading heartbeat acknowledgements and op 1
/// requests or a slow consumer would look like a dead connection.
/// </remarks>
public sealed partial class DiscordGatewayClient
{
    private const int FailedResumesBeforeIdentify = 3;
    private readonly DiscordApiOptions api;
    private readonly DiscordGatewayOptions options;
    private readonly IGatewayTransport transport;
    private readonly TimeProvider time;
    private readonly Random random;
    private readonly ILogger<DiscordGatewayClient> logger;
    private readonly IdentifyGate identifyGate;
    private readonly ReconnectBackoff backoff;
    private readonly Channel<GatewayDispatch> inbox = Channel.CreateUnbounded<GatewayDispatch>(new() { SingleReader = true, SingleWriter = true });
    private readonly Channel<GatewayDispatch> events;
    private readonly Channel<OutgoingPayload> outbox = Channel.CreateBounded<OutgoingPayload>(new BoundedChannelOptions(1024) { SingleReader = true });
    private int started;

    public DiscordGatewayClient(
        IOptions<DiscordApiOptions> api,
        IOptions<DiscordGatewayOptions> options,
        IGatewayBotSource botSource,
        IIdentifyLedger ledger,
        IGatewayTransport transport,
        TimeProvider time,
        ILogger<DiscordGatewayClient> logger)
        : this(api.Value, options.Value, botSource, ledger, transport, time, Random.Shared, logger)
    {
    }

    internal DiscordGatewayClient(
        DiscordApiOptions api,
        DiscordGatewayOptions options,
        IGatewayBotSource botSource,
        IIdentifyLedger ledger,
        IGatewayTransport transport,
        TimeProvider time,
        Random random,
        ILogger<DiscordGatewayClient> logger)
    {
        this.api = api;
        this.options = options;
        this.transport = transport;
        this.time = time;
        this.random = random;
        this.logger = logger;
        identifyGate = new IdentifyGate(botSource, ledger, options, time, logger);
        backoff = new ReconnectBackoff(options.ReconnectDelay, options.MaxReconnectDelay, random);
        events = Channel.CreateBounded<GatewayDispatch>(new BoundedChannelOptions(options.EventBufferCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleWriter = true,
        });
    }

    /// <summary>Every event Discord dispatched, once each, in the order Discord numbered them; completes when the client stops.</summary>
    public ChannelReader<GatewayDispatch> Events => events.Reader;

    /// <summary>Queues a command (presence update, member request…) to go out once a session is live, within the per-minute budget.</summary>
    public ValueTask QueueAsync(GatewayOpcode opcode, JsonElement data, CancellationToken cancellationToken)
    {
        if (opcode is GatewayOpcode.Heartbeat or GatewayOpcode.Identify or GatewayOpcode.Resume)
        {
            throw new ArgumentException($"The client sends {opcode} itself.", nameof(opcode));
        }
        return outbox.Writer.WriteAsync(new OutgoingPayload(opcode, data), cancellationToken);
    }

    /// <summary>Connects and stays connected until cancelled (answers <see cref="GatewayStopped.ShutDown"/>) or Discord closes with a fatal code.</summary>
    public async Task<GatewayStopped> RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref started, 1) == 1)
        {
            throw new InvalidOperationException("A gateway client runs once; create another to connect again.");
        }
        using var pumpStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pump = PumpEventsAsync(pumpStop.Token);
        try
        {
            return await KeepConnectedAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return GatewayStopped.ShutDown;
        }
        finally
        {
            await pumpStop.CancelAsync();
            await pump.ContinueWith(_ => { }, TaskScheduler.Default);
            events.Writer.TryComplete();
        }
    }

    private async Task<GatewayStopped> KeepConnectedAsync(CancellationToken cancellationToken)
    {
        var session = new GatewaySession();
        var failedResumes = 0;
        var delay = TimeSpan.Zero;
        while (true)
        {
            if (delay > TimeSpan.Zero)
            {
                LogWaitingToReconnect(delay);
                await Task.Delay(delay, time, cancellationToken);
            }
            var resuming = session.CanResume;
            var turn = resuming ? IdentifyTurn.ConnectTo(session.ResumeUrl!) : await identifyGate.WaitForTurnAsync(api.GatewayUrl, cancellationToken);
            if (turn.TokenRejected)
            {
                return GatewayStopped.TokenRejected;
            }
            if (turn.Url is not { } url)
            {
                delay = backoff.Next();
                continue;
            }
            if (!resuming)
            {
                session = new GatewaySession();
            }
            var (end, established) = await ConnectOnceAsync(GatewayAddress.WithQuery(url), session, resuming, cancellationToken);
            LogConnectionEnded(end.Kind, end.CloseCode, established);
            if (established)
            {
                backoff.Reset();
                failedResumes = 0;
            }
            else if (resuming && ++failedResumes >= FailedResumesBeforeIdentify)
            {
                LogResumesFailed(failedResumes);
                session = new GatewaySession();
                failedResumes = 0;
            }
            switch (end.Kind)
            {
                case ConnectionEndKind.ShutDown:
                    return GatewayStopped.ShutDown;
                case ConnectionEndKind.Closed when GatewayCloseCodes.IsFatal(end.CloseCode):
                    return new GatewayStopped(end.CloseCode);
                case ConnectionEndKind.Closed when GatewayCloseCodes.EndsSession(end.CloseCode):
                    session = new GatewaySession();
                    delay = backoff.Next();
                    break;
                case ConnectionEndKind.Closed:
                    delay = backoff.Next();
                    break;
                case ConnectionEndKind.InvalidSession when !end.Resumable:
                    // Discord asks for a random wait of one to five seconds before identifying again.
                    session = new GatewaySession();
                    delay = TimeSpan.FromSeconds(1 + random.NextDouble() * 4);
                    break;
                default:
                    // Reconnect, zombie or a resumable invalid session: at once, unless this connection
                    // never worked, so a server that keeps asking cannot spin the client.
                    delay = established ? TimeSpan.Zero : backoff.Next();
                    break;
            }
        }
    }

    private async Task<(ConnectionEnd End, bool Established)> ConnectOnceAsync(Uri url, GatewaySession session, bool resuming, CancellationToken cancellationToken)
    {
        LogConnecting(url.Host, url.AbsolutePath, resuming ? "resume the session" : "identify");
        await using var connection = await transport.ConnectAsync(url, cancellationToken);
        if (connection is null)
        {
            return (ConnectionEnd.Closed(GatewayCloseCodes.Abnormal), false);
        }
        var context = new GatewayRunContext(api.Token, options, time, random, identifyGate, inbox.Writer, outbox.Reader, logger);
        using var run = new GatewayConnectionRun(connection, session, resuming, context);
        var end = await run.RunAsync(cancellationToken);
        return (end, run.Established);
    }

    private async Task PumpEventsAsync(CancellationToken cancellationToken)
    {
        await foreach (var dispatch in inbox.Reader.ReadAllAsync(cancellationToken))
        {
            await events.Writer.WriteAsync(dispatch, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connecting to the Discord gateway at {Host}{Path} to {Purpose}")]
    private partial void LogConnecting(string host, string path, string purpose);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway connection ended ({Kind}, close code {CloseCode}, session was live: {Established})")]
    private partial void LogConnectionEnded(ConnectionEndKind kind, int closeCode, bool established);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconnecting to the Discord gateway in {Delay}")]
    private partial void LogWaitingToReconnect(TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} resumes failed in a row; starting a new session instead")]
    private partial void LogResumesFailed(int count);
}
