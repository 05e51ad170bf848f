namespace CareBot.Storage.LiteDb;

/// <summary>
/// Makes commits durable in groups. A commit that defers its flush returns at once; whoever must act on it asks
/// <see cref="WhenDurableAsync"/>, and a thread of this class's own flushes everything committed so far in one go, so a
/// burst of commands pays for a few flushes instead of one each (the engine's turns spent most of their time waiting
/// for their own). The thread is not the pool's: a flush blocks it, and a burst leaves the pool no thread to spare.
/// </summary>
/// <param name="flush">
/// Writes out and flushes to disk every commit made so far, and returns how many commits that is (it counts them in
/// the same lock as they are made, so the number is exact).
/// </param>
internal sealed class GroupCommit(Func<long> flush)
{
    // Long enough that a steady stream of commands keeps one thread; short enough that an idle bot holds none.
    private static readonly TimeSpan IdleBeforeExit = TimeSpan.FromSeconds(5);

    private readonly object _lock = new();
    private readonly List<(long Commits, TaskCompletionSource Durable)> _waiting = [];
    private long _durable;
    private bool _flushing;

    /// <summary>Completes once the first <paramref name="commits"/> commits are on disk; fails if the flush fails.</summary>
    public Task WhenDurableAsync(long commits)
    {
        lock (_lock)
        {
            if (_durable >= commits)
            {
                return Task.CompletedTask;
            }

            // Continuations run on the pool, never on the flushing thread, which goes straight on to the next flush.
            var durable = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((commits, durable));
            if (_flushing)
            {
                Monitor.Pulse(_lock);
            }
            else
            {
                _flushing = true;
                new Thread(FlushWhileAsked) { IsBackground = true, Name = "CareBot group commit" }.Start();
            }

            return durable.Task;
        }
    }

    /// <summary>A flush made elsewhere (a write that waited for its own) covers the first <paramref name="commits"/> commits too.</summary>
    public void Flushed(long commits)
    {
        lock (_lock)
        {
            Settle(commits, failure: null);
        }
    }

    private void FlushWhileAsked()
    {
        while (Asked())
        {
            long commits = 0;
            Exception? failure = null;
            try
            {
                commits = flush();
            }
            catch (Exception e)
            {
                failure = e;
            }

            lock (_lock)
            {
                Settle(commits, failure);
            }
        }
    }

    /// <summary>Whether someone waits for a flush; ends the thread (false) once nobody has for a while.</summary>
    private bool Asked()
    {
        lock (_lock)
        {
            while (_waiting.Count == 0)
            {
                if (!Monitor.Wait(_lock, IdleBeforeExit) && _waiting.Count == 0)
                {
                    _flushing = false;
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Completes every wait the flush covered; a failed flush fails every wait, as none of them is known to be safe.</summary>
    private void Settle(long commits, Exception? failure)
    {
        if (failure is null)
        {
            _durable = Math.Max(_durable, commits);
        }

        for (var i = _waiting.Count - 1; i >= 0; i--)
        {
            var (wanted, durable) = _waiting[i];
            if (failure is not null)
            {
                durable.TrySetException(failure);
                _waiting.RemoveAt(i);
            }
            else if (wanted <= _durable)
            {
                durable.TrySetResult();
                _waiting.RemoveAt(i);
            }
        }
    }
}
