namespace CareBot.Telegram.RateLimits;

/// <summary>
/// One message counted against a window. It is counted from when the request starts, and moved to when Telegram
/// answered: the server counted it somewhere in between, so the later time never lets the next one in too early.
/// Completed from a lane while the pacer reads it, hence the atomic ticks.
/// </summary>
internal sealed class SendSlot(DateTimeOffset at)
{
    private long _utcTicks = at.UtcTicks;

    public DateTimeOffset At => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Complete(DateTimeOffset at)
    {
        var ticks = at.UtcTicks;
        var seen = Interlocked.Read(ref _utcTicks);
        while (ticks > seen)
        {
            var previous = Interlocked.CompareExchange(ref _utcTicks, ticks, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}
