using System.Globalization;

namespace CareBot.Discord.Tests.Load;

/// <summary>Nearest-rank percentiles of a set of durations, in milliseconds.</summary>
internal sealed class Percentiles(IEnumerable<TimeSpan> values)
{
    private readonly List<double> _sorted = [.. values.Select(value => value.TotalMilliseconds).Order()];

    public int Count => _sorted.Count;

    public double Max => _sorted.Count == 0 ? double.NaN : _sorted[^1];

    public double At(double share) =>
        _sorted.Count == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(share * _sorted.Count) - 1, 0, _sorted.Count - 1)];

    public int Over(TimeSpan limit) => _sorted.Count(value => value > limit.TotalMilliseconds);

    /// <summary>"p50 / p90 / p99 / max" in milliseconds, or seconds when <paramref name="seconds"/>.</summary>
    public string Summary(bool seconds = false) => string.Join(" / ", new[] { At(0.5), At(0.9), At(0.99), Max }.Select(value => seconds
        ? (value / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " s"
        : value.ToString("0", CultureInfo.InvariantCulture) + " ms"));
}
