namespace CareBot.Core.Engine;

/// <summary>
/// Threads of their own, one per processor and at a lowered priority (<see cref="BackgroundPriority"/>), where commands
/// have their text read by the sentence model before their engine turn. Reading is CPU work of a few milliseconds a
/// text, so more at once than there are processors is no faster; done on the thread pool, a burst of commands filled
/// its threads and queue, and everything the process must do promptly (acknowledging interactions within Discord's
/// 3 seconds, delivering) waited behind it. Texts are read in the order they come; the threads end when idle a while.
/// </summary>
internal sealed class ReadingThreads(int threads)
{
    // Long enough that a steady trickle of commands keeps its threads; short enough that an idle bot holds none.
    private static readonly TimeSpan IdleBeforeExit = TimeSpan.FromSeconds(5);

    private readonly object _lock = new();
    private readonly Queue<Action> _queue = new();
    private int _running;
    private int _idle;
    private int _waiting;

    /// <summary>Texts waiting for a thread now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Runs <paramref name="read"/> on one of the threads; a caller that gives up hears at once.</summary>
    public Task<T> RunAsync<T>(Func<T> read, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var registration = cancellationToken.Register(() => done.TrySetCanceled(cancellationToken));
        Interlocked.Increment(ref _waiting);
        Enqueue(() =>
        {
            Interlocked.Decrement(ref _waiting);
            try
            {
                if (!done.Task.IsCompleted)
                {
                    done.TrySetResult(read());
                }
            }
            catch (Exception e)
            {
                done.TrySetException(e);
            }
            finally
            {
                registration.Dispose();
            }
        });
        return done.Task;
    }

    private void Enqueue(Action work)
    {
        bool start;
        lock (_lock)
        {
            _queue.Enqueue(work);
            start = _idle == 0 && _running < threads;
            if (start)
            {
                _running++;
            }
            else
            {
                Monitor.Pulse(_lock);
            }
        }

        if (start)
        {
            new Thread(Serve) { IsBackground = true, Name = "CareBot reading" }.Start();
        }
    }

    private void Serve()
    {
        BackgroundPriority.LowerCurrentThread();
        while (Next() is { } work)
        {
            work();
        }
    }

    /// <summary>The next text to read, or null once the thread should end: nothing has come for a while.</summary>
    private Action? Next()
    {
        lock (_lock)
        {
            while (true)
            {
                if (_queue.TryDequeue(out var work))
                {
                    return work;
                }

                _idle++;
                var woken = Monitor.Wait(_lock, IdleBeforeExit);
                _idle--;
                if (!woken && _queue.Count == 0)
                {
                    _running--;
                    return null;
                }
            }
        }
    }
}
