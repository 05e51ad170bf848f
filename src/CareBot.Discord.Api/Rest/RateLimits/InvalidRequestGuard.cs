namespace CareBot.Discord.Api.Rest.RateLimits;

/// <summary>
/// Counts 401, 403 and (non-shared) 429 answers over a sliding window of our <see cref="TimeProvider"/> and closes
/// once the count reaches the configured limit, well below the 10,000 in 10 minutes that earns a temporary ban from
/// Discord's edge. (System.Threading.RateLimiting's sliding window slides only on the machine's Stopwatch, even
/// when replenished by hand, so it cannot follow a TimeProvider; the exact count here needs only a queue.)
/// </summary>
internal sealed class InvalidRequestGuard(int limit, TimeSpan window, TimeProvider time)
{
    private readonly Queue<DateTimeOffset> _answers = new();
    private readonly object _gate = new();

    public bool IsOpen => Count < limit;

    /// <summary>Invalid answers in the window so far.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                Forget(time.GetUtcNow());
                return _answers.Count;
            }
        }
    }

    public void Record()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            Forget(now);
            _answers.Enqueue(now);
        }
    }

    private void Forget(DateTimeOffset now)
    {
        while (_answers.TryPeek(out var oldest) && now - oldest >= window)
        {
            _answers.Dequeue();
        }
    }
}
