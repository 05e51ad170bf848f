using System.Threading.RateLimiting;

namespace CareBot.Delivery.Pacing;

/// <summary>
/// The limits one request to a destination must pass, in order: the destination's own, a group's extra one, then the
/// bot's, shared by every destination, where a person's request goes before a group's (<see cref="SendPriority"/>).
/// Only the destination's lane uses it, one request at a time.
/// </summary>
internal sealed class DestinationPacer : IDisposable
{
    private readonly SendWindowLimiter _each;
    private readonly SendWindowLimiter? _group;
    private readonly RateLimiter _all;

    public DestinationPacer(DeliveryLimits limits, bool isGroup, SendWindowLimiter bot, TimeProvider time)
    {
        _each = new SendWindowLimiter(limits.PerDestination, time);
        _group = isGroup && limits.PerGroup.IsLimited ? new SendWindowLimiter(limits.PerGroup, time) : null;
        var botWide = bot.For(isGroup ? SendPriority.Group : SendPriority.Person);
        _all = _group is null ? RateLimiter.CreateChained(_each, botWide) : RateLimiter.CreateChained(_each, _group, botWide);
    }

    /// <summary>Waits until every limit allows one more request and counts it there; dispose the lease when the platform answered.</summary>
    public async Task<RateLimitLease> AcquireAsync(CancellationToken cancellationToken)
    {
        var lease = await _all.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            // These limiters wait rather than refuse; a refusal would be a bug, and sending anyway would break the limit.
            lease.Dispose();
            throw new InvalidOperationException("A send limiter refused a permit it should have waited for.");
        }

        return lease;
    }

    /// <summary>Counts a request a previous run made here at <paramref name="at"/>.</summary>
    public void Seed(DateTimeOffset at)
    {
        _each.Seed(at);
        _group?.Seed(at);
    }

    public bool IsIdle(DateTimeOffset now) => _each.IsIdle(now) && (_group?.IsIdle(now) ?? true);

    public void Dispose()
    {
        _all.Dispose();
        _each.Dispose();
        _group?.Dispose();
    }
}
