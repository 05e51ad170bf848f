namespace CareBot.Core.Engine;

/// <summary>
/// One writer at a time. Commands are short and the store is embedded, so serialising them is both the simplest
/// correct answer to races (two people claiming the last slot) and fast enough. Turns go in arrival order, except that
/// delivery's bookkeeping goes ahead of queued commands (<see cref="RunAheadAsync{T}"/>). It also keeps count of what
/// waits and how long each turn takes lately, so an adapter can tell that an answer will not be quick.
/// </summary>
internal sealed class EngineGate(TimeProvider time)
{
    // Each turn moves the average an eighth of the way to its own length: a few slow turns show within a dozen or so.
    private const int Smoothing = 8;

    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource> _ahead = new();
    private readonly Queue<TaskCompletionSource> _inTurn = new();
    private bool _held;
    private int _queued;
    private long _averageTurnTicks;
    private long _turns;

    /// <summary>
    /// How long something queued now would likely wait for its turn: the turns ahead (waiting or under way, and
    /// <paramref name="alsoComing"/> that will queue before it) times how long a turn has taken lately.
    /// </summary>
    public TimeSpan ExpectedWait(int alsoComing = 0) =>
        TimeSpan.FromTicks((Volatile.Read(ref _queued) + alsoComing) * Volatile.Read(ref _averageTurnTicks));

    /// <summary>Runs <paramref name="work"/> alone, after everything queued before it.</summary>
    public Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken) => RunAsync(work, ahead: false, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> alone, after the turn under way but ahead of queued commands: for delivery's small
    /// writes (recording an attempt before a call, erasing what was sent). A lane cannot make its next call until its
    /// attempt is on record, so each of these waiting behind a queue of commands would hold up delivery by the whole
    /// queue, while the commands, each several times longer, finish at about the same time either way.
    /// </summary>
    public Task<T> RunAheadAsync<T>(Func<T> work, CancellationToken cancellationToken) => RunAsync(work, ahead: true, cancellationToken);

    private async Task<T> RunAsync<T>(Func<T> work, bool ahead, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _queued);
        try
        {
            await EnterAsync(ahead, cancellationToken);
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
                Exit();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _queued);
        }
    }

    private async Task EnterAsync(bool ahead, CancellationToken cancellationToken)
    {
        TaskCompletionSource waiter;
        lock (_lock)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!_held)
            {
                _held = true;
                return;
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (ahead ? _ahead : _inTurn).Enqueue(waiter);
        }

        // A cancelled waiter stays queued; the turn passes over it (see Exit).
        await using (cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken)))
        {
            await waiter.Task;
        }
    }

    /// <summary>Hands the turn to the next waiter still waiting (delivery's first), or frees the gate.</summary>
    private void Exit()
    {
        while (true)
        {
            TaskCompletionSource? next;
            lock (_lock)
            {
                if (!_ahead.TryDequeue(out next) && !_inTurn.TryDequeue(out next))
                {
                    _held = false;
                    return;
                }
            }

            if (next.TrySetResult())
            {
                return;
            }
        }
    }
}
