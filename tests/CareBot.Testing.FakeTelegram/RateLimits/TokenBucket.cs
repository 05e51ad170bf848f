namespace CareBot.Testing.FakeTelegram.RateLimits;

/// <summary>A burst of <c>capacity</c>, then <c>perSecond</c> sustained: "about one message per second" with slack.</summary>
internal sealed class TokenBucket(int capacity, double perSecond, DateTimeOffset now)
{
    private double _tokens = capacity;
    private DateTimeOffset _updatedAt = now;

    /// <summary>How long until a token is available; zero when one is.</summary>
    public TimeSpan WaitNeeded(DateTimeOffset now)
    {
        Refill(now);
        return _tokens >= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - _tokens) / perSecond);
    }

    public void Take(DateTimeOffset now)
    {
        Refill(now);
        _tokens -= 1;
    }

    private void Refill(DateTimeOffset now)
    {
        if (now > _updatedAt)
        {
            _tokens = Math.Min(capacity, _tokens + ((now - _updatedAt).TotalSeconds * perSecond));
            _updatedAt = now;
        }
    }
}
