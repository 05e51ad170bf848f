using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace CareBot.Testing.FakeDiscord.Gateway;

/// <summary>
/// One client connection to the <see cref="ScriptedGateway"/>, played step by step by a test. Steps
/// that wait fail after the gateway's step ceiling with the step's name and what the client sent instead.
/// </summary>
public sealed class ScriptedGatewayConnection : IDisposable
{
    private const int HeartbeatOpcode = 1;
    private const int AnyCommand = -1;
    private readonly ScriptedGateway gateway;
    private readonly HttpContext context;
    private readonly WebSocket socket;
    private readonly Channel<ReceivedGatewayFrame> inbox = Channel.CreateUnbounded<ReceivedGatewayFrame>();
    private readonly TaskCompletionSource<int?> ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim sending = new(1, 1);

    internal ScriptedGatewayConnection(ScriptedGateway gateway, int number, HttpContext context, WebSocket socket)
    {
        this.gateway = gateway;
        this.context = context;
        this.socket = socket;
        Number = number;
        OpenedAt = gateway.Now;
        Path = context.Request.Path.Value ?? "";
        Query = context.Request.QueryString.Value ?? "";
    }

    /// <summary>1 for the client's first connection, 2 for the next…</summary>
    public int Number { get; }

    public string Path { get; }

    /// <summary>When the client connected, by the test's clock since the fake started.</summary>
    public TimeSpan OpenedAt { get; }

    /// <summary>The query string as sent, with its <c>?</c>.</summary>
    public string Query { get; }

    /// <summary>Whether this connection answers heartbeats by itself; switch off to play a zombie.</summary>
    public bool AcknowledgeHeartbeats { get; set; }

    /// <summary>Whether this connection answers the client's close frame; switch off to leave the client waiting, as a dead network does.</summary>
    public bool AnswerCloses { get; set; } = true;

    /// <summary>Completes when the connection ends: with the client's close code, or null when it dropped without one.</summary>
    public Task<int?> Ended => ended.Task;

    /// <summary>When the connection ended, by the test's clock; null while it is open.</summary>
    public TimeSpan? EndedAt { get; private set; }

    public IReadOnlyList<ReceivedGatewayFrame> Received => [.. gateway.Received.Where(frame => frame.Connection == Number)];

    public Task SendHelloAsync(TimeSpan heartbeatInterval) =>
        SendAsync($$"""{"op":10,"d":{"heartbeat_interval":{{(int)heartbeatInterval.TotalMilliseconds}}},"s":null,"t":null}""");

    public Task SendReadyAsync(string sessionId, Uri resumeGatewayUrl, int sequence = 1) =>
        SendDispatchAsync(sequence, "READY", $$"""{"v":10,"session_id":"{{sessionId}}","resume_gateway_url":"{{resumeGatewayUrl}}","user":{"id":"1","username":"carebot"},"guilds":[]}""");

    public Task SendResumedAsync(int sequence) => SendDispatchAsync(sequence, "RESUMED", "{}");

    public Task SendDispatchAsync(int sequence, string name, string dataJson = "{}") =>
        SendAsync($$"""{"op":0,"s":{{sequence}},"t":"{{name}}","d":{{dataJson}}}""");

    public Task SendReconnectAsync() => SendAsync("""{"op":7,"d":null,"s":null,"t":null}""");

    public Task SendInvalidSessionAsync(bool resumable) => SendAsync($$"""{"op":9,"d":{{(resumable ? "true" : "false")}},"s":null,"t":null}""");

    public Task SendHeartbeatRequestAsync() => SendAsync("""{"op":1,"d":null,"s":null,"t":null}""");

    public async Task SendAsync(string json)
    {
        await sending.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
        {
            // The client went away; the test's next step says so.
        }
        finally
        {
            sending.Release();
        }
    }

    /// <summary>Closes with a close frame carrying <paramref name="code"/>, as Discord does.</summary>
    public async Task CloseAsync(int code)
    {
        await sending.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "scripted close", CancellationToken.None);
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
        {
            // Already gone.
        }
        finally
        {
            sending.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame: the client sees 1006.</summary>
    public void Drop()
    {
        if (Ended.IsCompleted)
        {
            return;
        }
        try
        {
            context.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request finished as the test dropped it: it is gone either way.
        }
    }

    public Task<ReceivedGatewayFrame> ExpectIdentifyAsync() => ExpectAsync(2, "expect Identify");

    public Task<ReceivedGatewayFrame> ExpectResumeAsync() => ExpectAsync(6, "expect Resume");

    public Task<ReceivedGatewayFrame> ExpectHeartbeatAsync() => ExpectAsync(HeartbeatOpcode, "expect a heartbeat");

    /// <summary>Waits for the client's next payload that is not a heartbeat, whatever its opcode.</summary>
    public Task<ReceivedGatewayFrame> ExpectCommandAsync(string step) => ExpectAsync(AnyCommand, step);

    /// <summary>Waits for the client's next payload with <paramref name="opcode"/>; heartbeats in between are passed over, any other payload fails the step.</summary>
    public async Task<ReceivedGatewayFrame> ExpectAsync(int opcode, string step)
    {
        while (true)
        {
            ReceivedGatewayFrame frame;
            try
            {
                frame = await inbox.Reader.ReadAsync().AsTask().WaitAsync(gateway.StepCeiling);
            }
            catch (Exception e) when (e is TimeoutException or ChannelClosedException)
            {
                var why = e is TimeoutException ? $"timed out after {gateway.StepCeiling}" : $"found the connection ended (client close code {Describe(Ended)})";
                throw new TimeoutException($"Step '{step}' on connection #{Number} {why}; the client sent instead: {ScriptedGateway.Describe(Received)}");
            }
            if (frame.Opcode == opcode || (opcode == AnyCommand && frame.Opcode != HeartbeatOpcode))
            {
                return frame;
            }
            if (frame.Opcode != HeartbeatOpcode)
            {
                throw new InvalidOperationException($"Step '{step}' on connection #{Number} expected op {opcode} but the client sent {frame}");
            }
        }
    }

    /// <summary>Waits for the connection to end; answers the client's close code, or null if it dropped without one.</summary>
    public async Task<int?> ExpectEndedAsync(string step = "expect the connection to end")
    {
        try
        {
            return await Ended.WaitAsync(gateway.StepCeiling);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Step '{step}' on connection #{Number} timed out after {gateway.StepCeiling}; the client sent: {ScriptedGateway.Describe(Received)}");
        }
    }

    internal async Task ServeAsync(CancellationToken aborted)
    {
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            while (true)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.GetMemory(4096), aborted);
                    buffer.Advance(result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await AnswerCloseAsync();
                    return;
                }
                await TakeAsync(buffer.WrittenMemory);
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            EndedAt ??= gateway.Now;
            ended.TrySetResult(null);
        }
        finally
        {
            inbox.Writer.TryComplete();
        }
    }

    private async Task TakeAsync(ReadOnlyMemory<byte> message)
    {
        using var document = JsonDocument.Parse(message);
        var payload = document.RootElement.Clone();
        var frame = new ReceivedGatewayFrame(Number, gateway.Now, payload.GetProperty("op").GetInt32(), payload);
        gateway.Record(frame);
        if (frame.Opcode == HeartbeatOpcode && AcknowledgeHeartbeats)
        {
            await SendAsync("""{"op":11,"d":null,"s":null,"t":null}""");
        }
        inbox.Writer.TryWrite(frame);
    }

    private async Task AnswerCloseAsync()
    {
        var code = (int?)socket.CloseStatus;
        EndedAt ??= gateway.Now;
        ended.TrySetResult(code);
        if (socket.State == WebSocketState.CloseReceived && AnswerCloses)
        {
            await CloseAsync(code ?? 1000);
        }
    }

    private static string Describe(Task<int?> ended) =>
        ended.IsCompletedSuccessfully ? ended.Result?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none: dropped" : "not yet";

    public void Dispose() => sending.Dispose();
}
