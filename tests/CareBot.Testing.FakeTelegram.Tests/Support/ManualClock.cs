namespace CareBot.Testing.FakeTelegram.Tests.Support;

/// <summary>
/// A clock that moves only when a test says so, timers included (so Task.Delay on it works). The repository pins a
/// version of Microsoft.Extensions.TimeProvider.Testing that NuGet does not have, so this suite brings its own;
/// the fake only needs GetUtcNow and CreateTimer, which FakeTimeProvider provides the same way.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves time forward and fires, in order, every timer that falls due on the way.</summary>
    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + by;
        }

        while (NextDue(target) is { } timer)
        {
            timer.Fire();
        }

        lock (_gate)
        {
            _now = target;
        }
    }

    internal void Remove(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private ManualTimer? NextDue(DateTimeOffset target)
    {
        lock (_gate)
        {
            var due = _timers.Where(timer => timer.DueAt <= target).MinBy(timer => timer.DueAt);
            if (due is not null)
            {
                _now = due.DueAt!.Value;
            }

            return due;
        }
    }
}
