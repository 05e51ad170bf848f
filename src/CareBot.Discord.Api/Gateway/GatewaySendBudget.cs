namespace CareBot.Discord.Api.Gateway;

/// <summary>
/// Keeps a connection's commands under a per-minute count (a sliding window on the injected clock),
/// so that with heartbeats, which bypass it, the connection stays under Discord's 120 sends a minute.
/// Written here rather than taken from System.Threading.RateLimiting because its limiters read the
/// real clock, and tests run the gateway on a fake one.
/// </summary>
internal sealed class GatewaySendBudget(int perMinute, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Queue<DateTimeOffset> granted = new();
    private readonly SemaphoreSlim queue = new(1, 1);

    /// <summary>Waits, in arrival order, until one more command fits in the window, and counts it.</summary>
    public async Task WaitForTurnAsync(CancellationToken cancellationToken)
    {
        await queue.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var now = time.GetUtcNow();
                while (granted.Count > 0 && granted.Peek() <= now - Window)
                {
                    granted.Dequeue();
                }
                if (granted.Count < perMinute)
                {
                    granted.Enqueue(now);
                    return;
                }
                await Task.Delay(granted.Peek() + Window - now, time, cancellationToken);
            }
        }
        finally
        {
            queue.Release();
        }
    }

    public void Dispose() => queue.Dispose();
}
