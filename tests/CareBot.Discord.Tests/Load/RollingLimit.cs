namespace CareBot.Discord.Tests.Load;

/// <summary>At most <paramref name="permits"/> sends in any rolling <paramref name="window"/>: the sends placed so far, and the earliest moment one more fits.</summary>
internal sealed class RollingLimit(int permits, TimeSpan window)
{
    private readonly List<DateTimeOffset> _sends = [];

    /// <summary>
    /// The earliest moment at or after <paramref name="from"/> where one more send keeps every window within the limit.
    /// A window already full that holds the moment holds every moment until it ends, so the search jumps to its end.
    /// </summary>
    public DateTimeOffset EarliestFrom(DateTimeOffset from)
    {
        var at = from;
        while (FullWindowHolding(at) is { } start)
        {
            at = start + window;
        }

        return at;
    }

    public void Record(DateTimeOffset at) => _sends.Add(at);

    /// <summary>The latest start of a full window (one starting at a send, or at the moment itself) that holds <paramref name="at"/>.</summary>
    private DateTimeOffset? FullWindowHolding(DateTimeOffset at)
    {
        DateTimeOffset? latest = null;
        var starts = _sends.Where(send => send > at - window && send <= at).Append(at);
        foreach (var start in starts)
        {
            if (_sends.Count(send => send >= start && send < start + window) >= permits && (latest is null || start > latest))
            {
                latest = start;
            }
        }

        return latest;
    }
}
