namespace CareBot.Discord.Api.Rest.RateLimits;

/// <summary>
/// One rate limit as Discord reports it (bucket hash and top-level resource). Until a response has described it,
/// one request at a time goes; once known, as many as remain in the window, then callers wait for its reset.
/// </summary>
internal sealed class RouteBucket(TimeProvider time)
{
    private readonly object _gate = new();
    private int? _limit;
    private int _remaining;
    private DateTimeOffset? _resetAt;
    private int _inFlight;
    private TaskCompletionSource _changed = NewSignal();

    /// <summary>Takes a place in the window, or says what to wait for before asking again.</summary>
    public BucketWait? TryAcquire()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            ExpireWindow(now);
            if (_limit is null)
            {
                return _inFlight == 0 ? Grant() : new BucketWait(null, _changed.Task);
            }

            if (_remaining > 0)
            {
                _remaining--;
                return Grant();
            }

            if (_resetAt is { } reset)
            {
                return new BucketWait(reset - now, null);
            }

            // Nothing left and the new window's reset not yet heard: wait for the answers on their way.
            return _inFlight > 0 ? new BucketWait(null, _changed.Task) : Grant();
        }
    }

    /// <summary>A request that held a place has its answer (headers null when none came).</summary>
    public void Release(RateLimitHeaders? headers, TimeSpan? retryAfter)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _inFlight--;
            LearnLocked(headers, retryAfter);
            changed = _changed;
            _changed = NewSignal();
        }

        changed.TrySetResult();
    }

    /// <summary>Another route's answer described this bucket (same hash, same resource).</summary>
    public void Learn(RateLimitHeaders headers, TimeSpan? retryAfter)
    {
        lock (_gate)
        {
            LearnLocked(headers, retryAfter);
        }
    }

    private BucketWait? Grant()
    {
        _inFlight++;
        return null;
    }

    private void ExpireWindow(DateTimeOffset now)
    {
        if (_resetAt is { } reset && now >= reset)
        {
            // A request that took its place in the old window may still be waiting to go (for the caller's own pacing,
            // see RequestGate), and Discord would count it in the new one.
            _resetAt = null;
            _remaining = Math.Max(0, (_limit ?? 0) - _inFlight);
        }
    }

    private void LearnLocked(RateLimitHeaders? headers, TimeSpan? retryAfter)
    {
        var now = time.GetUtcNow();
        ExpireWindow(now);
        if (headers is { DescribesBucket: true })
        {
            var reset = now + headers.ResetAfter!.Value;
            var freshWindow = _limit is null || _resetAt is null;
            // Answers to requests still in flight will each use one of what Discord says remains.
            var remaining = Math.Max(0, headers.Remaining!.Value - _inFlight);
            _limit = headers.Limit;
            _remaining = freshWindow ? remaining : Math.Min(_remaining, remaining);
            _resetAt = freshWindow || reset > _resetAt ? reset : _resetAt;
        }
        else if (headers is not null && _limit is null)
        {
            // Discord answered without a limit: the route has none, so nothing to serialise.
            _limit = int.MaxValue;
            _remaining = int.MaxValue;
        }

        if (retryAfter is { } wait)
        {
            _limit ??= 1;
            _remaining = 0;
            var until = now + wait;
            _resetAt = _resetAt is null || until > _resetAt ? until : _resetAt;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
