using System.Threading.RateLimiting;

namespace CareBot.Delivery.Pacing;

/// <summary>
/// A <see cref="RateLimiter"/> for requests to a chat platform: at most N in any rolling window, counted the way the
/// platform counts them. The framework's own sliding-window limiter gives a permit back on a timer and reads the system
/// clock; a platform counts a request from when it reached it, which may be long after it was sent (a stalled
/// connection), so here a permit counts as taken now until its lease is disposed (the platform answered), and from then
/// on as taken at the answer. Time comes from a <see cref="TimeProvider"/>, so tests can move it. Waiters are served in
/// arrival order, except when the bot-wide limiter is asked through <see cref="For"/>: then people go before groups, and
/// the person with the most messages still to send first (<see cref="WaitingRequests"/>). Whenever the window has room,
/// the waiter whose turn it is then gets the permit. Each request is one permit.
/// </summary>
/// <remarks>
/// With a hold for groups, a post in a group also waits, even with room in the window, while private messages are on
/// their way (<see cref="PrivateMessagesUnderWay"/>) and until they have been quiet for <see cref="PrivateMessagesQuiet"/>:
/// the people a need asks hear of it first, and in a busy spell a post doesn't take a place the private messages will
/// need. The limit counts every request alike, so one place taken early pushes the spell's last private message back
/// by a whole window, while a post that waits for them costs nobody anything. In a quiet moment that wait is a quarter
/// of a second after the asks; at most it is the hold.
/// </remarks>
internal sealed class SendWindowLimiter : RateLimiter
{
    /// <summary>
    /// How long private messages must have paused before a held post goes. In a burst of needs, the asks of one come a
    /// few milliseconds after the last of another's have gone (the engine's turn, then delivery's read of them), and
    /// posts that went in that gap took the asks' places. Well short of any chat's own pace, so one person's backlog,
    /// sent a message a second, still lets posts through between its messages.
    /// </summary>
    internal static readonly TimeSpan PrivateMessagesQuiet = TimeSpan.FromMilliseconds(250);

    private readonly RateWindow _limit;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly SlidingWindow _window;
    private readonly WaitingRequests _waiting;
    private readonly ITimer _turns;
    private readonly TimeSpan _groupsWaitAtMost;
    private int _privateMessagesUnderWay;
    private DateTimeOffset _lastPrivateMessage = DateTimeOffset.MinValue;
    private long _granted;
    private long _refused;
    private bool _disposed;

    /// <param name="groupsWaitAtMost">How long a post in a group may wait while private messages go first; none: arrival order.</param>
    public SendWindowLimiter(RateWindow limit, TimeProvider time, TimeSpan? groupsWaitAtMost = null)
    {
        _limit = limit;
        _time = time;
        _window = new SlidingWindow(limit.IsLimited ? limit.Permits : int.MaxValue, limit.Window);
        _groupsWaitAtMost = groupsWaitAtMost ?? TimeSpan.Zero;
        _waiting = new WaitingRequests(_groupsWaitAtMost);
        _turns = time.CreateTimer(_ => GrantWaiting(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                return _window.IdleFor(_time.GetUtcNow());
            }
        }
    }

    /// <summary>True when nothing it counts is recent or under way, so it can be forgotten.</summary>
    public bool IsIdle(DateTimeOffset now)
    {
        lock (_lock)
        {
            return _window.IsIdle(now);
        }
    }

    /// <summary>Counts a request a previous run made at <paramref name="at"/>, which the platform is still counting.</summary>
    public void Seed(DateTimeOffset at)
    {
        if (!_limit.IsLimited)
        {
            return;
        }

        lock (_lock)
        {
            _window.Record(at);
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            var free = _limit.IsLimited ? Math.Max(0, _limit.Permits - _window.Counted(_time.GetUtcNow())) : int.MaxValue;
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = free,
                CurrentQueuedCount = _waiting.Count,
                TotalSuccessfulLeases = Interlocked.Read(ref _granted),
                TotalFailedLeases = Interlocked.Read(ref _refused),
            };
        }
    }

    /// <summary>This limiter, asked for requests of one priority: what a destination chains to its own limits.</summary>
    /// <param name="backlog">How many messages the destination still has to send, read while it waits; none: a request
    /// made outside the outbox (see <see cref="WaitingRequests.Add"/>).</param>
    public RateLimiter For(SendPriority priority, Func<int>? backlog = null) => new Prioritised(this, priority, backlog);

    /// <summary>A lane starting with private messages to send: posts in groups wait until it is done (see remarks).</summary>
    public PrivateMessagesUnderWay PrivateMessagesComing() => new(this);

    internal void PrivateMessagesStarted()
    {
        lock (_lock)
        {
            _privateMessagesUnderWay++;
        }
    }

    internal void PrivateMessagesEnded()
    {
        lock (_lock)
        {
            _privateMessagesUnderWay--;
            if (_privateMessagesUnderWay == 0 && !_disposed)
            {
                // A post may have been waiting for just this.
                ScheduleNextTurn();
            }
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => AttemptAcquire(permitCount, SendPriority.Person);

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        AcquireAsync(permitCount, SendPriority.Person, backlog: null, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            List<WaitingRequest> abandoned;
            lock (_lock)
            {
                _disposed = true;
                abandoned = _waiting.TakeAll();
            }

            _turns.Dispose();
            foreach (var request in abandoned)
            {
                request.Lease.TrySetException(new ObjectDisposedException(nameof(SendWindowLimiter)));
            }
        }

        base.Dispose(disposing);
    }

    private RateLimitLease AttemptAcquire(int permitCount, SendPriority priority)
    {
        CheckOne(permitCount);
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            if (MayGoAtOnce(priority, now))
            {
                return Grant(permitCount, priority, now);
            }

            Interlocked.Increment(ref _refused);
            return SendLease.Refused(WaitNeeded());
        }
    }

    private async ValueTask<RateLimitLease> AcquireAsync(int permitCount, SendPriority priority, Func<int>? backlog, CancellationToken cancellationToken)
    {
        CheckOne(permitCount);
        cancellationToken.ThrowIfCancellationRequested();
        LinkedListNode<WaitingRequest> node;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var now = _time.GetUtcNow();
            if (MayGoAtOnce(priority, now))
            {
                return Grant(permitCount, priority, now);
            }

            node = _waiting.Add(priority, permitCount, now, backlog);
            ScheduleNextTurn();
        }

        await using var giveUp = cancellationToken.Register(() => Abandon(node, cancellationToken));
        return await node.Value.Lease.Task;
    }

    /// <summary>While the window has room, the waiting request whose turn it is gets a permit; then the timer is set for the next room.</summary>
    private void GrantWaiting()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            var now = _time.GetUtcNow();
            while (WaitNeeded() <= TimeSpan.Zero && _waiting.Next(now, GroupsHeld(now)) is { } next)
            {
                WaitingRequests.Remove(next);
                next.Value.Lease.SetResult(Grant(next.Value.Permits, next.Value.Priority, now));
            }

            ScheduleNextTurn();
        }
    }

    // Called under the lock. A request still waiting for its answer counts as made now, so the room computed here may
    // come later than this; the timer then looks again.
    private void ScheduleNextTurn()
    {
        if (_waiting.Count == 0)
        {
            _turns.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        var now = _time.GetUtcNow();
        var wait = WaitNeeded();
        if (wait <= TimeSpan.Zero && _waiting.Next(now, GroupsHeld(now)) is null)
        {
            // Only posts wait, held for private messages: look again when the longest waiting may go, or when private
            // messages will have been quiet long enough. The end of the last lane under way looks again by itself.
            var lookAgain = _waiting.LongestGroupWaitEnds;
            if (_privateMessagesUnderWay == 0 && _lastPrivateMessage + PrivateMessagesQuiet < lookAgain)
            {
                lookAgain = _lastPrivateMessage + PrivateMessagesQuiet;
            }

            wait = lookAgain - now;
        }

        _turns.Change(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    // Called under the lock: whether a request of this priority may have a permit now, ahead of nobody.
    private bool MayGoAtOnce(SendPriority priority, DateTimeOffset now)
    {
        var held = GroupsHeld(now);
        return WaitNeeded() <= TimeSpan.Zero && _waiting.Next(now, held) is null && (priority == SendPriority.Person || !held);
    }

    // Called under the lock: whether posts in groups wait for private messages now (see remarks).
    private bool GroupsHeld(DateTimeOffset now) =>
        _groupsWaitAtMost > TimeSpan.Zero && (_privateMessagesUnderWay > 0 || now - _lastPrivateMessage < PrivateMessagesQuiet);

    private void Abandon(LinkedListNode<WaitingRequest> node, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            // Granted already: the caller has its lease and disposes it.
            if (!WaitingRequests.Remove(node))
            {
                return;
            }

            ScheduleNextTurn();
        }

        node.Value.Lease.TrySetCanceled(cancellationToken);
    }

    private TimeSpan WaitNeeded() => _limit.IsLimited ? _window.WaitNeeded(_time.GetUtcNow()) : TimeSpan.Zero;

    /// <summary>A permit for <paramref name="permitCount"/> = 0 only says one would be free, and counts nothing.</summary>
    private SendLease Grant(int permitCount, SendPriority priority, DateTimeOffset now)
    {
        Interlocked.Increment(ref _granted);
        if (priority == SendPriority.Person && permitCount > 0)
        {
            _lastPrivateMessage = now;
        }

        return permitCount == 0 || !_limit.IsLimited ? SendLease.Free() : SendLease.Counting(_window.Begin(now), _time);
    }

    private static void CheckOne(int permitCount) =>
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1, nameof(permitCount));

    /// <summary>The shared limiter seen by one kind of destination; disposing it leaves the shared one to its owner.</summary>
    private sealed class Prioritised(SendWindowLimiter shared, SendPriority priority, Func<int>? backlog) : RateLimiter
    {
        public override TimeSpan? IdleDuration => shared.IdleDuration;

        public override RateLimiterStatistics? GetStatistics() => shared.GetStatistics();

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => shared.AttemptAcquire(permitCount, priority);

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            shared.AcquireAsync(permitCount, priority, backlog, cancellationToken);
    }
}
