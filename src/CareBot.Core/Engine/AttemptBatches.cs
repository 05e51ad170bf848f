namespace CareBot.Core.Engine;

/// <summary>
/// Records of calls about to start, written together: while one turn of them waits at the gate, every attempt that
/// comes meanwhile joins it, and all are written in one transaction when the turn comes.
/// </summary>
/// <remarks>
/// When the bot's window opens in a burst, fifty lanes each need their attempt on record before their call. Written one
/// turn each, on the gate's thread, which runs below network work, they took up to 400 ms between the window opening and
/// the last of those calls (measured; docs/benchmarks.md), and the window after began that much later. A caller that
/// stops waiting before the turn runs is left out of it; once the turn has run, its attempt is on record and the caller
/// hears so, as with any turn.
/// </remarks>
internal sealed class AttemptBatches(EngineGate gate, Action<IReadOnlyList<int>> record)
{
    private readonly Lock _lock = new();

    // Queued at the gate and not yet running: attempts that come now join it.
    private List<Attempt>? _open;

    public Task RecordAsync(int id, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        var attempt = new Attempt(id, cancellationToken);
        List<Attempt> batch;
        bool first;
        lock (_lock)
        {
            first = _open is null;
            batch = _open ??= [];
            batch.Add(attempt);
        }

        if (first)
        {
            _ = WriteAsync(batch);
        }

        return attempt.Task;
    }

    private async Task WriteAsync(List<Attempt> batch)
    {
        List<Attempt> written = [];
        try
        {
            await gate.RunAheadAsync(() =>
            {
                lock (_lock)
                {
                    // Closed: whatever comes from now on starts the next turn.
                    _open = null;
                }

                written = [.. batch.Where(attempt => attempt.Start())];
                if (written.Count > 0)
                {
                    record([.. written.Select(attempt => attempt.Id)]);
                }

                return true;
            }, CancellationToken.None);
        }
        catch (Exception e)
        {
            // Failed while writing, or before its turn ran: nothing of the batch is on record either way, and a batch
            // that never ran must not take in more.
            lock (_lock)
            {
                if (_open == batch)
                {
                    _open = null;
                }
            }

            batch.ForEach(attempt => attempt.Fail(e));
            return;
        }

        written.ForEach(attempt => attempt.Done());
    }

    /// <summary>One caller's attempt: waiting for its turn, written, or given up before the turn came.</summary>
    private sealed class Attempt
    {
        private const int Waiting = 0, Writing = 1, GivenUp = 2;
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly CancellationTokenRegistration _stopWaiting;
        private int _state;

        public Attempt(int id, CancellationToken cancellationToken)
        {
            Id = id;
            _stopWaiting = cancellationToken.Register(() =>
            {
                if (Interlocked.CompareExchange(ref _state, GivenUp, Waiting) == Waiting)
                {
                    _done.TrySetCanceled(cancellationToken);
                }
            });
        }

        public int Id { get; }

        public Task Task => _done.Task;

        /// <summary>Its turn came: true when the caller still waits, and it is written now.</summary>
        public bool Start()
        {
            _stopWaiting.Dispose();
            return Interlocked.CompareExchange(ref _state, Writing, Waiting) == Waiting;
        }

        public void Done() => _done.TrySetResult();

        /// <summary>Not on record; one given up already keeps its cancellation.</summary>
        public void Fail(Exception e)
        {
            _stopWaiting.Dispose();
            _done.TrySetException(e);
        }
    }
}
