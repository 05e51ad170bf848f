namespace CareBot.Core.Engine;

/// <summary>
/// Threads of their own, one per processor and at a lowered priority (<see cref="BackgroundPriority"/>), where commands
/// have their text read by the sentence model before their engine turn. Reading is CPU work of a few milliseconds a
/// text, so more at once than there are processors is no faster; done on the thread pool, a burst of commands filled its
/// threads and queue, and everything the process must do promptly (acknowledging interactions within Discord's
/// 3 seconds, delivering) waited behind it. Texts that queue up while the threads are busy are read together, in one
/// call of <paramref name="readAll"/>: the model reads a batch for a fraction of the cost of reading its texts one by one
/// (about a third here), and a lone text is read at once, as before. Texts are taken in the order they come; the
/// threads end when idle a while.
/// </summary>
/// <param name="readAll">Reads texts, giving one result per text in the same order; called on the reading threads.</param>
/// <param name="mostAtOnce">The largest batch: past a dozen or so the model gains little, and the batch's first text waits for its last.</param>
internal sealed class ReadingThreads<TText, TRead>(int threads, Func<IReadOnlyList<TText>, IReadOnlyList<TRead>> readAll, int mostAtOnce = 16)
{
    // Long enough that a steady trickle of commands keeps its threads; short enough that an idle bot holds none.
    private static readonly TimeSpan IdleBeforeExit = TimeSpan.FromSeconds(5);

    private readonly object _lock = new();
    private readonly Queue<Pending> _queue = new();
    private int _running;
    private int _idle;

    /// <summary>Texts waiting for a thread now.</summary>
    public int Waiting
    {
        get
        {
            lock (_lock)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Reads <paramref name="text"/> on one of the threads; a caller that gives up before it is read hears at once.</summary>
    public Task<TRead> ReadAsync(TText text, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<TRead>(cancellationToken);
        }

        var pending = new Pending(text, new TaskCompletionSource<TRead>(TaskCreationOptions.RunContinuationsAsynchronously));
        pending.GivingUp = cancellationToken.Register(() => pending.Done.TrySetCanceled(cancellationToken));
        bool start;
        lock (_lock)
        {
            _queue.Enqueue(pending);
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

        return pending.Done.Task;
    }

    private void Serve()
    {
        BackgroundPriority.LowerCurrentThread();
        while (Next() is { } batch)
        {
            Read(batch);
        }
    }

    private void Read(List<Pending> batch)
    {
        try
        {
            var read = readAll([.. batch.Select(p => p.Text)]);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(read[i]);
            }
        }
        catch (Exception e)
        {
            batch.ForEach(p => p.Done.TrySetException(e));
        }
        finally
        {
            batch.ForEach(p => p.GivingUp.Dispose());
        }
    }

    /// <summary>The texts to read next, all that wait up to the batch's size; null once the thread should end: nothing has come for a while.</summary>
    private List<Pending>? Next()
    {
        lock (_lock)
        {
            while (true)
            {
                var batch = new List<Pending>();
                while (batch.Count < mostAtOnce && _queue.TryDequeue(out var pending))
                {
                    // Given up while it waited: its caller has heard, and nobody needs it read.
                    if (pending.Done.Task.IsCompleted)
                    {
                        pending.GivingUp.Dispose();
                    }
                    else
                    {
                        batch.Add(pending);
                    }
                }

                if (batch.Count > 0)
                {
                    return batch;
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

    private sealed class Pending(TText text, TaskCompletionSource<TRead> done)
    {
        public TText Text { get; } = text;

        public TaskCompletionSource<TRead> Done { get; } = done;

        public CancellationTokenRegistration GivingUp { get; set; }
    }
}
