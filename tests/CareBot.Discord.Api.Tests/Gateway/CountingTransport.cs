using CareBot.Discord.Api.Gateway;

namespace CareBot.Discord.Api.Tests.Gateway;

/// <summary>
/// The real WebSocket transport, watched: counts the connections the client holds open at once, and
/// can hold heartbeats back (as a congested socket would) until the test releases them.
/// </summary>
internal sealed class CountingTransport : IGatewayTransport
{
    private readonly WebSocketGatewayTransport inner = new();
    private int open;
    private TaskCompletionSource heartbeatsReleased = CompletedSource();

    public int MostOpenAtOnce { get; private set; }

    public int HeldHeartbeats { get; private set; }

    public void HoldHeartbeats() => heartbeatsReleased = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseHeartbeats() => heartbeatsReleased.TrySetResult();

    public async Task<IGatewayConnection?> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var connection = await inner.ConnectAsync(url, cancellationToken);
        if (connection is null)
        {
            return null;
        }
        lock (inner)
        {
            open++;
            MostOpenAtOnce = Math.Max(MostOpenAtOnce, open);
        }
        return new Watched(connection, this);
    }

    private static TaskCompletionSource CompletedSource()
    {
        var source = new TaskCompletionSource();
        source.SetResult();
        return source;
    }

    private sealed class Watched(IGatewayConnection connection, CountingTransport owner) : IGatewayConnection
    {
        public async Task<bool> SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
        {
            var gate = owner.heartbeatsReleased.Task;
            if (!gate.IsCompleted && utf8Json.Span.StartsWith("{\"op\":1,"u8))
            {
                owner.HeldHeartbeats++;
                await gate.WaitAsync(cancellationToken);
            }
            return await connection.SendAsync(utf8Json, cancellationToken);
        }

        public Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken) => connection.ReceiveAsync(cancellationToken);

        public Task CloseAsync(int code, CancellationToken cancellationToken) => connection.CloseAsync(code, cancellationToken);

        public void Abort() => connection.Abort();

        public async ValueTask DisposeAsync()
        {
            lock (owner.inner)
            {
                owner.open--;
            }
            await connection.DisposeAsync();
        }
    }
}
