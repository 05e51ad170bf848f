using System.Buffers;
using System.Net.WebSockets;

namespace CareBot.Discord.Api.Gateway;

/// <summary>
/// A gateway connection over a WebSocket: gathers fragmented messages and turns network errors into a 1006 close. An
/// aborted socket (ours, after a close Discord never answered) fails its pending calls with OperationCanceledException
/// although nobody cancelled them: that is the connection's end too, not the client's.
/// </summary>
internal sealed class WebSocketGatewayConnection(ClientWebSocket socket) : IGatewayConnection
{
    private readonly ArrayBufferWriter<byte> incoming = new(16 * 1024);

    public async Task<bool> SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        try
        {
            await socket.SendAsync(utf8Json, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            return true;
        }
        catch (Exception e) when (IsConnectionLost(e, cancellationToken))
        {
            return false;
        }
    }

    public async Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken)
    {
        incoming.ResetWrittenCount();
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(incoming.GetMemory(4096), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return GatewayFrame.Closed((int?)socket.CloseStatus ?? GatewayCloseCodes.Abnormal);
                }
                incoming.Advance(result.Count);
                if (result.EndOfMessage)
                {
                    return GatewayFrame.Text(incoming.WrittenMemory.ToArray());
                }
            }
        }
        catch (Exception e) when (IsConnectionLost(e, cancellationToken))
        {
            return GatewayFrame.Closed(GatewayCloseCodes.Abnormal);
        }
    }

    public async Task CloseAsync(int code, CancellationToken cancellationToken)
    {
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, null, cancellationToken);
        }
        catch (Exception e) when (IsConnectionLost(e, cancellationToken))
        {
            // Already gone: the receive side reports the end.
        }
    }

    public void Abort() => socket.Abort();

    private static bool IsConnectionLost(Exception e, CancellationToken cancellationToken) =>
        e is WebSocketException or InvalidOperationException or IOException or ObjectDisposedException
        || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    public ValueTask DisposeAsync()
    {
        socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
