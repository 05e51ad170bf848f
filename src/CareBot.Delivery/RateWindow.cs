namespace CareBot.Delivery;

/// <summary>At most <see cref="Permits"/> requests in any rolling <see cref="Window"/>; a zero window means no limit.</summary>
public readonly record struct RateWindow(int Permits, TimeSpan Window)
{
    public static RateWindow None { get; } = new(int.MaxValue, TimeSpan.Zero);

    public bool IsLimited => Window > TimeSpan.Zero && Permits < int.MaxValue;

    /// <summary>One request per <paramref name="interval"/>: the least time between two.</summary>
    public static RateWindow OnePer(TimeSpan interval) => new(1, interval);
}
