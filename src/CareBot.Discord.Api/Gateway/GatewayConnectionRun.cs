using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CareBot.Discord.Api.Gateway;

/// <summary>
/// Drives one connection from Hello to its end. The receive loop here only reads and sorts frames:
/// control frames are acted on at once, events go to the unbounded inbox and never wait for a
/// consumer. Beside it run the heartbeat (timer-driven), the queued-command sender (after READY or
/// RESUMED), and any close in progress; all stop with the connection.
/// </summary>
internal sealed partial class GatewayConnectionRun(
    IGatewayConnection connection,
    GatewaySession session,
    bool resuming,
    GatewayRunContext context) : IDisposable
{
    private static readonly TimeSpan CloseAnswerTimeout = TimeSpan.FromSeconds(5);
    private readonly GatewayWire wire = new(connection, new GatewaySendBudget(context.Options.CommandsPerMinute, context.Time));
    private readonly TaskCompletionSource<ConnectionEnd> chosenEnd = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stop = new();
    private readonly CancellationTokenSource helloArrived = new();
    private readonly List<Task> companions = [];
    private readonly ILogger logger = context.Logger;
    private HeartbeatCycle? heartbeat;

    /// <summary>True once READY or RESUMED arrived: the session works on this connection.</summary>
    public bool Established { get; private set; }

    public async Task<ConnectionEnd> RunAsync(CancellationToken cancellationToken)
    {
        // Shutting down closes with 1000 so Discord ends the session at once; the receive loop sees the close answered.
        using var onShutdown = cancellationToken.Register(() => End(ConnectionEnd.ShutDown, GatewayCloseCodes.Normal));
        Accompany(WatchForHelloAsync(stop.Token));
        try
        {
            return await ReceiveUntilClosedAsync(stop.Token);
        }
        finally
        {
            await stop.CancelAsync();
            Task[] running;
            lock (companions)
            {
                running = [.. companions];
            }
            await Task.WhenAll(running).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task<ConnectionEnd> ReceiveUntilClosedAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var frame = await connection.ReceiveAsync(cancellationToken);
            if (frame.CloseCode is int code)
            {
                if (chosenEnd.TrySetResult(ConnectionEnd.Closed(code)) && code != GatewayCloseCodes.Abnormal)
                {
                    // Answer the server's close; never with 1000, which would end a session the client may resume.
                    await wire.CloseAsync(code is >= 3000 and <= 4999 ? code : GatewayCloseCodes.Resuming, cancellationToken);
                }
                return await chosenEnd.Task;
            }
            await HandleAsync(frame.Message, cancellationToken);
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        using var document = ParseOrNull(message);
        if (document is null || !document.RootElement.TryGetProperty("op", out var op) || !op.TryGetInt32(out var opcode))
        {
            LogUnreadableFrame(message.Length);
            return;
        }
        var root = document.RootElement;
        var data = root.TryGetProperty("d", out var d) ? d : default;
        switch ((GatewayOpcode)opcode)
        {
            case GatewayOpcode.Hello:
                await BeginAsync(data.Deserialize(GatewayJsonContext.Default.HelloData)!, cancellationToken);
                break;
            case GatewayOpcode.HeartbeatAck:
                heartbeat?.Acknowledge();
                break;
            case GatewayOpcode.Heartbeat:
                await wire.SendHeartbeatAsync(session.LastSequence, cancellationToken);
                break;
            case GatewayOpcode.Reconnect:
                LogReconnectAsked();
                End(ConnectionEnd.Reconnect, GatewayCloseCodes.Resuming);
                break;
            case GatewayOpcode.InvalidSession:
                End(ConnectionEnd.InvalidSession(data.ValueKind == JsonValueKind.True), GatewayCloseCodes.Resuming);
                break;
            case GatewayOpcode.Dispatch:
                Deliver(root, data);
                break;
        }
    }

    private async Task BeginAsync(HelloData hello, CancellationToken cancellationToken)
    {
        if (heartbeat is not null)
        {
            return;
        }
        await helloArrived.CancelAsync();
        heartbeat = new HeartbeatCycle(
            TimeSpan.FromMilliseconds(hello.HeartbeatIntervalMilliseconds),
            context.Time,
            token => wire.SendHeartbeatAsync(session.LastSequence, token),
            () =>
            {
                LogZombie();
                End(ConnectionEnd.Zombie, GatewayCloseCodes.Resuming);
            });
        Accompany(heartbeat.RunAsync(context.Random.NextDouble(), cancellationToken));
        if (resuming)
        {
            var resume = new ResumeData(context.Token, session.Id!, session.LastSequence);
            await wire.SendCommandAsync(new(GatewayOpcode.Resume, JsonSerializer.SerializeToElement(resume, GatewayJsonContext.Default.ResumeData)), cancellationToken);
            return;
        }
        var identify = new IdentifyData(
            context.Token,
            (int)context.Options.Intents,
            IdentifyProperties.Describing(context.Options.ClientName));
        await context.IdentifyGate.RecordAsync(cancellationToken);
        await wire.SendCommandAsync(new(GatewayOpcode.Identify, JsonSerializer.SerializeToElement(identify, GatewayJsonContext.Default.IdentifyData)), cancellationToken);
    }

    private void Deliver(JsonElement root, JsonElement data)
    {
        var name = root.TryGetProperty("t", out var t) ? t.GetString() ?? "" : "";
        int? sequence = root.TryGetProperty("s", out var s) && s.TryGetInt32(out var number) ? number : null;
        if (sequence is int received && !session.TryAdvance(received))
        {
            return;
        }
        if (name == "READY")
        {
            var ready = data.Deserialize(GatewayJsonContext.Default.ReadyData)!;
            session.Begin(ready.SessionId, ready.ResumeGatewayUrl);
            MarkEstablished();
        }
        else if (name == "RESUMED")
        {
            MarkEstablished();
        }
        context.Inbox.TryWrite(new GatewayDispatch(name, sequence ?? session.LastSequence ?? 0, data.Clone()));
    }

    private void MarkEstablished()
    {
        if (Established)
        {
            return;
        }
        Established = true;
        Accompany(SendQueuedCommandsAsync(stop.Token));
    }

    /// <summary>Sends what consumers queued; a command leaves the queue only once written, so one cut off here goes out on the next connection.</summary>
    private async Task SendQueuedCommandsAsync(CancellationToken cancellationToken)
    {
        while (await context.Outbox.WaitToReadAsync(cancellationToken))
        {
            while (context.Outbox.TryPeek(out var command))
            {
                if (!await wire.SendCommandAsync(command, cancellationToken))
                {
                    return;
                }
                context.Outbox.TryRead(out _);
            }
        }
    }

    private async Task WatchForHelloAsync(CancellationToken cancellationToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, helloArrived.Token);
        await Task.Delay(context.Options.HelloTimeout, context.Time, either.Token);
        LogNoHello(context.Options.HelloTimeout);
        End(ConnectionEnd.Zombie, GatewayCloseCodes.Resuming);
    }

    /// <summary>Chooses how the connection ends (the first reason wins), sends the close frame, and drops the socket if the server never answers it.</summary>
    private void End(ConnectionEnd end, int closeCode)
    {
        if (!chosenEnd.TrySetResult(end))
        {
            return;
        }
        Accompany(CloseAsync(closeCode, stop.Token));
    }

    private async Task CloseAsync(int closeCode, CancellationToken cancellationToken)
    {
        await wire.CloseAsync(closeCode, cancellationToken);
        await Task.Delay(CloseAnswerTimeout, context.Time, cancellationToken);
        connection.Abort();
    }

    private void Accompany(Task task)
    {
        lock (companions)
        {
            companions.Add(task);
        }
    }

    private static JsonDocument? ParseOrNull(ReadOnlyMemory<byte> message)
    {
        try
        {
            return JsonDocument.Parse(message);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        wire.Dispose();
        stop.Dispose();
        helloArrived.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No heartbeat acknowledgement before the next beat was due; closing the zombie connection to resume")]
    private partial void LogZombie();

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord asked the client to reconnect; resuming")]
    private partial void LogReconnectAsked();

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Hello within {Timeout}; treating the connection as dead")]
    private partial void LogNoHello(TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped a gateway frame of {Length} bytes that was not a readable payload")]
    private partial void LogUnreadableFrame(int length);
}
