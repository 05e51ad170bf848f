namespace CareBot.Delivery;

/// <summary>
/// Exponential backoff with jitter: 1 s, 2 s, 4 s … up to a ceiling, each stretched by up to a fifth at random. A
/// delivery retry is a time written into the outbox (it must survive a restart), not a loop in memory, so Polly's
/// in-process retry doesn't fit here; the REST clients use Polly for their own immediate retries.
/// </summary>
internal static class Backoff
{
    public static TimeSpan After(int failures, TimeSpan first, TimeSpan ceiling)
    {
        var exponent = Math.Clamp(failures - 1, 0, 20);
        var wait = Math.Min(first.TotalMilliseconds * Math.Pow(2, exponent), ceiling.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(wait * (1 + Random.Shared.NextDouble() / 5));
    }
}
