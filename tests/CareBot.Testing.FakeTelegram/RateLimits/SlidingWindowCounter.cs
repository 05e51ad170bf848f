namespace CareBot.Testing.FakeTelegram.RateLimits;

/// <summary>At most <c>limit</c> events in any rolling <c>window</c>.</summary>
internal sealed class SlidingWindowCounter(int limit, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _events = new();

    public TimeSpan WaitNeeded(DateTimeOffset now)
    {
        while (_events.Count > 0 && now - _events.Peek() >= window)
        {
            _events.Dequeue();
        }

        return _events.Count < limit ? TimeSpan.Zero : _events.Peek() + window - now;
    }

    public void Record(DateTimeOffset now) => _events.Enqueue(now);
}
