using System.Threading.RateLimiting;

namespace CareBot.Delivery.Pacing;

/// <summary>
/// A <see cref="RateLimiter"/> for requests to a chat platform: at most N in any rolling window, counted the way the
/// platform counts them. The framework's own sliding-window limiter gives a permit back on a timer and reads the system
/// clock; a platform counts a request from when it reached it, which may be long after it was sent (a stalled
/// connection), so here a permit counts as taken now until its lease is disposed (the platform answered), and from then
/// on as taken at the answer. Time comes from a <see cref="TimeProvider"/>, so tests can move it. Waiters are served in
/// arrival order. Each request is one permit.
/// </summary>
internal sealed class SendWindowLimiter : RateLimiter
{
    private readonly RateWindow _limit;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Lock _lock = new();
    private readonly SlidingWindow _window;
    private long _waiting;
    private long _granted;
    private long _refused;

    public SendWindowLimiter(RateWindow limit, TimeProvider time)
    {
        _limit = limit;
        _time = time;
        _window = new SlidingWindow(limit.IsLimited ? limit.Permits : int.MaxValue, limit.Window);
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                return _window.IdleFor(_time.GetUtcNow());
            }
        }
    }

    /// <summary>True when nothing it counts is recent or under way, so it can be forgotten.</summary>
    public bool IsIdle(DateTimeOffset now)
    {
        lock (_lock)
        {
            return _window.IsIdle(now);
        }
    }

    /// <summary>Counts a request a previous run made at <paramref name="at"/>, which the platform is still counting.</summary>
    public void Seed(DateTimeOffset at)
    {
        if (!_limit.IsLimited)
        {
            return;
        }

        lock (_lock)
        {
            _window.Record(at);
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            var free = _limit.IsLimited ? Math.Max(0, _limit.Permits - _window.Counted(_time.GetUtcNow())) : int.MaxValue;
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = free,
                CurrentQueuedCount = Interlocked.Read(ref _waiting),
                TotalSuccessfulLeases = Interlocked.Read(ref _granted),
                TotalFailedLeases = Interlocked.Read(ref _refused),
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        CheckOne(permitCount);
        lock (_lock)
        {
            var wait = WaitNeeded();
            if (wait > TimeSpan.Zero || Interlocked.Read(ref _waiting) > 0)
            {
                Interlocked.Increment(ref _refused);
                return SendLease.Refused(wait);
            }

            return Grant(permitCount);
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        CheckOne(permitCount);
        if (!_limit.IsLimited)
        {
            return Grant(permitCount);
        }

        Interlocked.Increment(ref _waiting);
        try
        {
            await _turn.WaitAsync(cancellationToken);
            try
            {
                while (true)
                {
                    TimeSpan wait;
                    lock (_lock)
                    {
                        wait = WaitNeeded();
                        if (wait <= TimeSpan.Zero)
                        {
                            return Grant(permitCount);
                        }
                    }

                    await Task.Delay(wait, _time, cancellationToken);
                }
            }
            finally
            {
                _turn.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _turn.Dispose();
        }

        base.Dispose(disposing);
    }

    private TimeSpan WaitNeeded() => _limit.IsLimited ? _window.WaitNeeded(_time.GetUtcNow()) : TimeSpan.Zero;

    /// <summary>A permit for <paramref name="permitCount"/> = 0 only says one would be free, and counts nothing.</summary>
    private SendLease Grant(int permitCount)
    {
        Interlocked.Increment(ref _granted);
        return permitCount == 0 || !_limit.IsLimited ? SendLease.Free() : SendLease.Counting(_window.Begin(_time.GetUtcNow()), _time);
    }

    private static void CheckOne(int permitCount) =>
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1, nameof(permitCount));
}
