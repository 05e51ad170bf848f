using Microsoft.Extensions.Time.Testing;

namespace CareBot.Delivery.Tests.Support;

/// <summary>
/// A fake clock that also tells when something starts waiting on it. The pipeline waits on a timer whenever it has
/// nothing to do until time passes (its next look at the outbox, a limit), so a new timer is how a test knows it has
/// gone to sleep, or moved on after the clock did.
/// </summary>
internal sealed class WatchedClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _nextTimer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _timers;

    /// <summary>Completes when the next timer is started.</summary>
    public Task NextTimer
    {
        get
        {
            lock (_lock)
            {
                return _nextTimer.Task;
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        TaskCompletionSource started;
        lock (_lock)
        {
            _timers++;
            started = _nextTimer;
            _nextTimer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        started.TrySetResult();
        return timer;
    }

    /// <summary>Waits (at most <see cref="Waits.Ceiling"/>) until at least <paramref name="count"/> timers were started.</summary>
    public async Task WaitForTimers(int count)
    {
        using var ceiling = new CancellationTokenSource(Waits.Ceiling);
        while (true)
        {
            // The count and the task for the next timer are read together: a timer started between the two would
            // otherwise be missed, and the wait would be for one that never comes.
            Task next;
            lock (_lock)
            {
                if (_timers >= count)
                {
                    return;
                }

                next = _nextTimer.Task;
            }

            await next.WaitAsync(ceiling.Token);
        }
    }
}
