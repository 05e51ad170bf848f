namespace CareBot.Discord.Api.Gateway;

/// <summary>
/// One open gateway connection. One receive and one send may run at the same time (as with a
/// WebSocket); the client serialises its sends. Network failures are values, not exceptions:
/// a failed send answers <c>false</c> and a dropped connection is received as a 1006 close.
/// </summary>
public interface IGatewayConnection : IAsyncDisposable
{
    Task<bool> SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken);

    Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Sends a close frame with <paramref name="code"/> without waiting for the answer; the receive side sees the end.</summary>
    Task CloseAsync(int code, CancellationToken cancellationToken);

    /// <summary>Drops the connection at once, ending any pending receive.</summary>
    void Abort();
}
