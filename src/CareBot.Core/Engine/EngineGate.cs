namespace CareBot.Core.Engine;

/// <summary>
/// One writer at a time. Commands are short and the store is embedded, so serialising them is both the simplest
/// correct answer to races (two people claiming the last slot) and fast enough. Turns go in arrival order, except that
/// delivery's bookkeeping goes ahead of queued commands (<see cref="RunAheadAsync{T}"/>). It also keeps count of what
/// waits and how long each turn takes lately, so an adapter can tell that an answer will not be quick.
/// Turns run on a thread of their own, not the thread pool's: a turn blocks while its commit reaches the disk, and a
/// pool thread held like that cannot carry anyone's network I/O. On a small machine the pool has a thread or two per
/// core and adds more only slowly, so in a burst, turns holding them left every interaction's acknowledgement waiting
/// (measured: a second and more, see docs/benchmarks.md). The thread runs below the priority of network work
/// (<see cref="BackgroundPriority"/>) and ends when the gate has been idle for a while.
/// A turn's caller hears its result only once the turn's commit is on disk. With turns waiting, the gate's thread goes
/// straight on to the next one and the store flushes meanwhile: one flush then carries many turns' commits (a group
/// commit) instead of each turn waiting for its own. With none waiting, the gate flushes there and then, as a hand-over
/// to another thread would only make a lone command slower.
/// </summary>
/// <param name="durability">How the store makes commits durable; null for a gate whose work needs no flush.</param>
internal sealed class EngineGate(TimeProvider time, CommitDurability? durability = null)
{
    // Each turn moves the average an eighth of the way to its own length: a few slow turns show within a dozen or so.
    private const int Smoothing = 8;

    // Long enough that a steady trickle of commands keeps one thread; short enough that an idle bot holds none.
    private static readonly TimeSpan IdleBeforeExit = TimeSpan.FromSeconds(5);

    // Until a turn has been timed: about what one takes on a small machine. Guessing nothing would let the first burst
    // after a start look quick and every command in it wait out the adapters' quick window before deferring.
    private static readonly TimeSpan FirstGuess = TimeSpan.FromMilliseconds(5);

    private readonly object _lock = new();
    private readonly Queue<ITurn> _ahead = new();
    private readonly Queue<ITurn> _inTurn = new();
    private bool _serving;
    private int _queued;
    private long _averageTurnTicks = FirstGuess.Ticks;
    private long _turns;

    private interface ITurn
    {
        /// <summary>Runs the work, unless the caller stopped waiting before its turn came.</summary>
        void Run(TimeProvider time, Func<bool> alone, CommitDurability? durability);
    }

    /// <summary>
    /// How long something queued now would likely wait for its turn: the turns ahead (waiting or under way, and
    /// <paramref name="alsoComing"/> that will queue before it) times how long a turn has taken lately.
    /// </summary>
    public TimeSpan ExpectedWait(int alsoComing = 0) =>
        TimeSpan.FromTicks((Volatile.Read(ref _queued) + alsoComing) * Volatile.Read(ref _averageTurnTicks));

    /// <summary>Runs <paramref name="work"/> alone, after everything queued before it.</summary>
    public Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken) => Enqueue(work, ahead: false, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> alone, after the turn under way but ahead of queued commands: for delivery's small
    /// writes (recording an attempt before a call, erasing what was sent). A lane cannot make its next call until its
    /// attempt is on record, so each of these waiting behind a queue of commands would hold up delivery by the whole
    /// queue, while the commands, each several times longer, finish at about the same time either way.
    /// </summary>
    public Task<T> RunAheadAsync<T>(Func<T> work, CancellationToken cancellationToken) => Enqueue(work, ahead: true, cancellationToken);

    private Task<T> Enqueue<T>(Func<T> work, bool ahead, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        Interlocked.Increment(ref _queued);
        var turn = new Turn<T>(work, Done, cancellationToken);
        bool start;
        lock (_lock)
        {
            (ahead ? _ahead : _inTurn).Enqueue(turn);
            start = !_serving;
            _serving = true;
            if (!start)
            {
                Monitor.Pulse(_lock);
            }
        }

        if (start)
        {
            new Thread(Serve) { IsBackground = true, Name = "CareBot engine" }.Start();
        }

        return turn.Task;
    }

    /// <summary>The gate's thread: one turn after another, delivery's first, until nothing has come for a while.</summary>
    private void Serve()
    {
        BackgroundPriority.LowerCurrentThread();
        while (Next() is { } turn)
        {
            turn.Run(time, NothingWaiting, durability);
        }
    }

    /// <summary>
    /// A turn is over (<paramref name="ticks"/> long), or was given up before it came (null). Called before its caller
    /// hears, so whoever awaited it sees the queue without it.
    /// </summary>
    private void Done(long? ticks)
    {
        if (ticks is { } length)
        {
            // Only the gate's thread times turns, so the average needs no lock; readers see one whole value.
            var average = Volatile.Read(ref _averageTurnTicks);
            Volatile.Write(ref _averageTurnTicks, _turns++ == 0 ? length : average + ((length - average) / Smoothing));
        }

        Interlocked.Decrement(ref _queued);
    }

    private bool NothingWaiting()
    {
        lock (_lock)
        {
            return _ahead.Count == 0 && _inTurn.Count == 0;
        }
    }

    private ITurn? Next()
    {
        lock (_lock)
        {
            while (true)
            {
                if (_ahead.TryDequeue(out var turn) || _inTurn.TryDequeue(out turn))
                {
                    return turn;
                }

                if (!Monitor.Wait(_lock, IdleBeforeExit) && _ahead.Count == 0 && _inTurn.Count == 0)
                {
                    _serving = false;
                    return null;
                }
            }
        }
    }

    private sealed class Turn<T> : ITurn
    {
        private const int Waiting = 0, Running = 1, GivenUp = 2;

        // Continuations run on the thread pool, never on the gate's thread, which must go straight on to the next turn.
        private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Func<T> _work;
        private readonly Action<long?> _done;
        private readonly CancellationTokenRegistration _stopWaiting;

        // The caller's context (log scopes, tracing), as if the work ran where it was awaited.
        private readonly ExecutionContext? _context = ExecutionContext.Capture();
        private int _state;

        public Turn(Func<T> work, Action<long?> done, CancellationToken cancellationToken)
        {
            _work = work;
            _done = done;

            // A caller that stops waiting hears so at once; its turn, when it comes, is passed over. Once the work has
            // started it finishes and its result is the answer, so a caller never sees "cancelled" for a change made.
            _stopWaiting = cancellationToken.Register(() =>
            {
                if (Interlocked.CompareExchange(ref _state, GivenUp, Waiting) == Waiting)
                {
                    _done(null);
                    _result.TrySetCanceled(cancellationToken);
                }
            });
        }

        public Task<T> Task => _result.Task;

        public void Run(TimeProvider time, Func<bool> alone, CommitDurability? durability)
        {
            _stopWaiting.Dispose();
            if (Interlocked.CompareExchange(ref _state, Running, Waiting) != Waiting)
            {
                return;
            }

            var started = time.GetTimestamp();
            T result = default!;
            try
            {
                if (_context is null)
                {
                    result = _work();
                }
                else
                {
                    ExecutionContext.Run(_context, _ => result = _work(), null);
                }
            }
            catch (Exception e)
            {
                _done(time.GetElapsedTime(started).Ticks);
                _result.TrySetException(e);
                return;
            }

            _done(time.GetElapsedTime(started).Ticks);

            if (durability is null)
            {
                _result.TrySetResult(result);
                return;
            }

            if (alone())
            {
                try
                {
                    durability.FlushHere();
                }
                catch (Exception e)
                {
                    _result.TrySetException(e);
                    return;
                }

                _result.TrySetResult(result);
                return;
            }

            // Asked on the gate's thread, right after the work: "durable" then covers this turn's commit and every one before.
            var durable = durability.WhenDurableAsync(CancellationToken.None);
            if (durable.IsCompletedSuccessfully)
            {
                _result.TrySetResult(result);
                return;
            }

            durable.ContinueWith(
                flushed =>
                {
                    if (flushed.Exception is { } failed)
                    {
                        _result.TrySetException(failed.InnerExceptions);
                    }
                    else
                    {
                        _result.TrySetResult(result);
                    }
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }
}
