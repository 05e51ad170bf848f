using System.Threading.RateLimiting;

namespace CareBot.Core.Engine.Limits;

/// <summary>
/// At most <c>limit</c> permits in any rolling <c>window</c>, counted on the engine's <see cref="TimeProvider"/>.
/// The library's own window limiters read <c>Stopwatch</c> and replenish on their own timers (or, with
/// <c>AutoReplenishment</c> off, still only once real time has passed), so a test on a fake clock could never move
/// them; this one is the same contract on the clock the rest of the engine keeps. It never queues: a command
/// past the limit is refused at once, not held back to run later.
/// </summary>
internal sealed class ClockWindowLimiter(TimeProvider time, int limit, TimeSpan window) : RateLimiter
{
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _granted = new();

    public int Limit { get; } = limit;

    public TimeSpan Window { get; } = window;

    /// <summary>Null while a granted permit still counts; otherwise how long the window has been empty.</summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                var now = time.GetUtcNow();
                Expire(now);
                return _granted.Count == 0 ? TimeSpan.Zero : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            Expire(time.GetUtcNow());
            return new RateLimiterStatistics { CurrentAvailablePermits = Limit - _granted.Count };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            Expire(now);
            if (_granted.Count + permitCount > Limit)
            {
                // The oldest permit that has to leave the window before this many fit again.
                var freeing = _granted.ElementAt(_granted.Count + permitCount - Limit - 1);
                return WindowLease.Refused(freeing + Window - now);
            }

            for (var i = 0; i < permitCount; i++)
            {
                _granted.Enqueue(now);
            }

            return WindowLease.Granted;
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private void Expire(DateTimeOffset now)
    {
        while (_granted.TryPeek(out var oldest) && oldest <= now - Window)
        {
            _granted.Dequeue();
        }
    }
}
