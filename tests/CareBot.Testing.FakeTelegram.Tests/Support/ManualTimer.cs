namespace CareBot.Testing.FakeTelegram.Tests.Support;

/// <summary>A timer of <see cref="ManualClock"/>: due at a point of the clock's time, fired when the clock passes it.</summary>
public sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
{
    private TimeSpan _period = Timeout.InfiniteTimeSpan;

    public DateTimeOffset? DueAt { get; private set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        _period = period;
        DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : clock.GetUtcNow() + dueTime;
        return true;
    }

    public void Dispose()
    {
        DueAt = null;
        clock.Remove(this);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    internal void Fire()
    {
        DueAt = _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan ? DueAt + _period : null;
        callback(state);
    }
}
