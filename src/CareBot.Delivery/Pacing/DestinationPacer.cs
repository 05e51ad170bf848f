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
    private readonly RateLimiter _own;
    private readonly RateLimiter _botWide;
    private readonly SendWindowLimiter _bot;
    private readonly bool _isGroup;

    /// <param name="backlog">How many messages the destination still has to send: with the bot's limit full, the
    /// longest backlog goes first (<see cref="WaitingRequests"/>); none: as a request made outside the outbox.</param>
    public DestinationPacer(DeliveryLimits limits, bool isGroup, SendWindowLimiter bot, TimeProvider time, Func<int>? backlog = null)
    {
        _each = new SendWindowLimiter(limits.PerDestination, time);
        _group = isGroup && limits.PerGroup.IsLimited ? new SendWindowLimiter(limits.PerGroup, time) : null;
        _own = _group is null ? _each : RateLimiter.CreateChained(_each, _group);
        _botWide = bot.For(isGroup ? SendPriority.Group : SendPriority.Person, backlog);
        _bot = bot;
        _isGroup = isGroup;
    }

    /// <summary>For a person's lane, starting: holds posts in groups back until it is done (null for a group's).</summary>
    public PrivateMessagesUnderWay? PrivateMessagesComing() => _isGroup ? null : _bot.PrivateMessagesComing();

    /// <summary>
    /// Waits until every limit allows one more request and counts it there; dispose the lease when the platform answered.
    /// While it waits for the destination's own limits, <paramref name="underWay"/> steps aside: that wait is this
    /// chat's alone, and posts elsewhere need not wait for it.
    /// </summary>
    public async Task<RateLimitLease> AcquireAsync(CancellationToken cancellationToken, PrivateMessagesUnderWay? underWay = null)
    {
        var own = _own.AttemptAcquire(1);
        if (!own.IsAcquired)
        {
            own.Dispose();
            using (underWay?.StepAside())
            {
                own = Acquired(await _own.AcquireAsync(1, cancellationToken));
            }
        }

        try
        {
            return new BothLeases(own, Acquired(await _botWide.AcquireAsync(1, cancellationToken)));
        }
        catch
        {
            own.Dispose();
            throw;
        }
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
        _botWide.Dispose();
        if (_group is not null)
        {
            _own.Dispose();
        }

        _each.Dispose();
        _group?.Dispose();
    }

    /// <summary>The lease of a limiter that waits rather than refuses; a refusal is a bug, never a reason to send anyway.</summary>
    internal static RateLimitLease Acquired(RateLimitLease lease)
    {
        if (!lease.IsAcquired)
        {
            // These limiters wait rather than refuse; a refusal would be a bug, and sending anyway would break the limit.
            lease.Dispose();
            throw new InvalidOperationException("A send limiter refused a permit it should have waited for.");
        }

        return lease;
    }

    /// <summary>The destination's permit and the bot's, given back together when the platform answered.</summary>
    private sealed class BothLeases(RateLimitLease own, RateLimitLease botWide) : RateLimitLease
    {
        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                botWide.Dispose();
                own.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
