namespace CareBot.Core.Engine;

/// <summary>
/// How many commands may prepare at once (be checked against the member's limits, have their text read by the sentence
/// model) before they queue for the engine's turn: one per processor, since preparing is CPU work and more at once is no
/// faster. Without a limit, a burst of commands all prepares at once, filling the thread pool's queue, and everything
/// else the process must do promptly (acknowledging interactions within Discord's 3 seconds, delivering) waits behind
/// it. Commands beyond the limit wait without holding a thread, in arrival order.
/// </summary>
internal sealed class PreparationSlots(int slots) : IDisposable
{
    private readonly SemaphoreSlim _free = new(slots, slots);
    private int _waiting;

    /// <summary>Commands waiting for a slot now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    public async Task<T> RunAsync<T>(Func<Task<T>> prepare, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            await _free.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        try
        {
            return await prepare();
        }
        finally
        {
            _free.Release();
        }
    }

    public void Dispose() => _free.Dispose();
}
