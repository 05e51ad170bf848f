namespace CareBot.Core.Engine;

/// <summary>
/// One writer at a time. Commands are short and the store is embedded, so serialising them is both the
/// simplest correct answer to races (two people claiming the last slot) and fast enough. It also keeps count of
/// what waits and how long each turn takes lately, so an adapter can tell that an answer will not be quick.
/// </summary>
internal sealed class EngineGate(TimeProvider time) : IDisposable
{
    // Each turn moves the average an eighth of the way to its own length: a few slow turns show within a dozen or so.
    private const int Smoothing = 8;

    private readonly SemaphoreSlim _semaphore = new(1, 1);
    private int _queued;
    private long _averageTurnTicks;
    private long _turns;

    /// <summary>
    /// How long something queued now would likely wait for its turn: the turns ahead (waiting or under way) times how
    /// long a turn has taken lately.
    /// </summary>
    public TimeSpan ExpectedWait => TimeSpan.FromTicks(Volatile.Read(ref _queued) * Volatile.Read(ref _averageTurnTicks));

    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _queued);
        try
        {
            await _semaphore.WaitAsync(cancellationToken);
            var started = time.GetTimestamp();
            try
            {
                return work();
            }
            finally
            {
                // Only the turn's holder writes the average, so it needs no lock; readers see one whole value.
                var turn = time.GetElapsedTime(started).Ticks;
                var average = Volatile.Read(ref _averageTurnTicks);
                Volatile.Write(ref _averageTurnTicks, _turns++ == 0 ? turn : average + ((turn - average) / Smoothing));
                _semaphore.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _queued);
        }
    }

    public void Dispose() => _semaphore.Dispose();
}
