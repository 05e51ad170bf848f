using System.Threading.RateLimiting;

namespace CareBot.Delivery.Pacing;

/// <summary>
/// A permit from a <see cref="SendWindowLimiter"/>. Dispose it when the platform answered (accepted or refused: a
/// refused request may still have counted): from then on the request counts as made at that moment.
/// </summary>
internal sealed class SendLease : RateLimitLease
{
    private readonly SendSlot? _slot;
    private readonly TimeProvider? _time;
    private readonly TimeSpan? _retryAfter;
    private int _disposed;

    private SendLease(bool acquired, SendSlot? slot, TimeProvider? time, TimeSpan? retryAfter)
    {
        IsAcquired = acquired;
        _slot = slot;
        _time = time;
        _retryAfter = retryAfter;
    }

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public static SendLease Counting(SendSlot slot, TimeProvider time) => new(acquired: true, slot, time, retryAfter: null);

    public static SendLease Free() => new(acquired: true, slot: null, time: null, retryAfter: null);

    public static SendLease Refused(TimeSpan retryAfter) => new(acquired: false, slot: null, time: null, retryAfter > TimeSpan.Zero ? retryAfter : null);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (_retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = wait;
            return true;
        }

        metadata = null;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && _slot is not null && _time is not null)
        {
            _slot.Complete(_time.GetUtcNow());
        }

        base.Dispose(disposing);
    }
}
