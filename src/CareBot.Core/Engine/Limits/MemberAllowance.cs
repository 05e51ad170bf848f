namespace CareBot.Core.Engine.Limits;

/// <summary>One person's commands: a window a minute long and one an hour long, and whether they were told they are past one.</summary>
internal sealed class MemberAllowance(TimeProvider time, CommandLimits limits) : IDisposable
{
    private readonly ClockWindowLimiter _minute = new(time, limits.PerMinute, TimeSpan.FromMinutes(1));
    private readonly ClockWindowLimiter _hour = new(time, limits.PerHour, TimeSpan.FromHours(1));
    private bool _told;

    public CommandLimits Limits { get; } = limits;

    public bool IsIdle => _minute.IdleDuration is not null && _hour.IdleDuration is not null;

    public LimitVerdict Attempt()
    {
        // Both windows are asked before either counts, so a command the hour refuses does not use up the minute.
        if (_minute.GetStatistics()!.CurrentAvailablePermits > 0 && _hour.GetStatistics()!.CurrentAvailablePermits > 0)
        {
            using var minute = _minute.AttemptAcquire();
            using var hour = _hour.AttemptAcquire();
            _told = false;
            return LimitVerdict.Allowed;
        }

        if (_told)
        {
            return LimitVerdict.Refused;
        }

        _told = true;
        return LimitVerdict.FirstRefusal;
    }

    public void Dispose()
    {
        _minute.Dispose();
        _hour.Dispose();
    }
}
