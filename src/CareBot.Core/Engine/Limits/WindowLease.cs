using System.Threading.RateLimiting;

namespace CareBot.Core.Engine.Limits;

/// <summary>
/// A lease from a <see cref="ClockWindowLimiter"/>: granted, or refused with when to try again. Disposing it gives
/// nothing back: a window permit counts until it leaves the window.
/// </summary>
internal sealed class WindowLease : RateLimitLease
{
    private readonly TimeSpan? _retryAfter;

    private WindowLease(bool acquired, TimeSpan? retryAfter)
    {
        IsAcquired = acquired;
        _retryAfter = retryAfter;
    }

    public static WindowLease Granted { get; } = new(true, null);

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public static WindowLease Refused(TimeSpan retryAfter) => new(false, retryAfter);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = metadataName == MetadataName.RetryAfter.Name ? _retryAfter : null;
        return metadata is not null;
    }
}
