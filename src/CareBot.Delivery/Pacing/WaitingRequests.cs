using System.Threading.RateLimiting;

namespace CareBot.Delivery.Pacing;

/// <summary>
/// The requests waiting for a <see cref="SendWindowLimiter"/>, and which goes next: people before groups
/// (<see cref="SendPriority"/>), except that a group which has waited <c>groupsWaitAtMost</c> goes next, so a flood of
/// private messages cannot hold a channel's posts back for ever. With no hold, everyone goes in arrival order. Among
/// people, the one with the most messages still to send goes first, then arrival order; groups go in arrival order.
/// Not thread-safe: its owner serialises access.
/// </summary>
/// <remarks>
/// A destination sends one message at a time, so one with five messages waiting needs at least five of the bot's
/// windows, while five destinations with one each can share one. Served in arrival order, every destination got a place
/// every other window in a burst of asks (100 members, 50 places a second), and those with the most waiting finished
/// windows after everyone else, the last ones sent one after another in a window of their own (measured;
/// docs/benchmarks.md). Serving the longest backlog first evens the destinations out, so none is left at the end with
/// several messages to send one after another. A flood that never ends would keep someone with one message waiting
/// behind longer backlogs for ever, so a person's request that has waited <see cref="BacklogOrderAtMost"/> goes next,
/// the longest waiting first.
/// </remarks>
internal sealed class WaitingRequests(TimeSpan groupsWaitAtMost)
{
    /// <summary>How long a person's request may be passed over for longer backlogs: a few of the bot's windows.</summary>
    internal static readonly TimeSpan BacklogOrderAtMost = TimeSpan.FromSeconds(5);

    private readonly LinkedList<WaitingRequest> _people = new();
    private readonly LinkedList<WaitingRequest> _groups = new();

    public int Count => _people.Count + _groups.Count;

    /// <param name="backlog">How many messages the requester still has to send, this one included; null for a request made
    /// outside the outbox, which goes before them all: it is one request, and usually what a message will need next (a
    /// channel to send to).</param>
    public LinkedListNode<WaitingRequest> Add(SendPriority priority, int permits, DateTimeOffset now, Func<int>? backlog = null) =>
        (priority == SendPriority.Person ? _people : _groups).AddLast(new WaitingRequest(priority, permits, now, backlog));

    /// <summary>When the post that has waited longest may no longer be held back; far off when none waits.</summary>
    public DateTimeOffset LongestGroupWaitEnds => _groups.First is { } group ? group.Value.Since + groupsWaitAtMost : DateTimeOffset.MaxValue;

    /// <summary>Takes the request out of the queue; false when it already left (granted or abandoned).</summary>
    public static bool Remove(LinkedListNode<WaitingRequest> node)
    {
        if (node.List is not { } list)
        {
            return false;
        }

        list.Remove(node);
        return true;
    }

    /// <summary>
    /// The request whose turn it is at <paramref name="now"/>, still in the queue; null when none waits, or only posts
    /// that are <paramref name="groupsHeld"/> for private messages and have not yet waited the longest hold.
    /// </summary>
    public LinkedListNode<WaitingRequest>? Next(DateTimeOffset now, bool groupsHeld)
    {
        var (person, group) = (NextPerson(now), _groups.First);
        if (group is not null && person is null && groupsHeld && !HasWaitedTheLongestHold(group, now))
        {
            return null;
        }

        if (group is null || person is null)
        {
            return person ?? group;
        }

        var groupsFirst = groupsWaitAtMost <= TimeSpan.Zero
            ? group.Value.Since <= person.Value.Since
            : HasWaitedTheLongestHold(group, now);
        return groupsFirst ? group : person;
    }

    // Backlogs change while requests wait (a burst's messages keep coming), so they are read each time, not kept in order.
    private LinkedListNode<WaitingRequest>? NextPerson(DateTimeOffset now)
    {
        if (_people.First is { } longestWaiting && now - longestWaiting.Value.Since >= BacklogOrderAtMost)
        {
            return longestWaiting;
        }

        LinkedListNode<WaitingRequest>? longest = null;
        var most = int.MinValue;
        for (var node = _people.First; node is not null; node = node.Next)
        {
            var backlog = node.Value.Backlog;
            if (backlog > most)
            {
                (longest, most) = (node, backlog);
            }
        }

        return longest;
    }

    private bool HasWaitedTheLongestHold(LinkedListNode<WaitingRequest> group, DateTimeOffset now) => now - group.Value.Since >= groupsWaitAtMost;

    /// <summary>Empties the queue, handing back what waited.</summary>
    public List<WaitingRequest> TakeAll()
    {
        List<WaitingRequest> all = [.. _people, .. _groups];
        _people.Clear();
        _groups.Clear();
        return all;
    }
}

/// <summary>One request waiting for its permit: completed with the lease when its turn comes.</summary>
internal sealed class WaitingRequest(SendPriority priority, int permits, DateTimeOffset since, Func<int>? backlog)
{
    public SendPriority Priority { get; } = priority;

    public int Permits { get; } = permits;

    public DateTimeOffset Since { get; } = since;

    /// <summary>How many messages its requester still has to send, as of now; a request outside the outbox: more than any.</summary>
    public int Backlog => backlog?.Invoke() ?? int.MaxValue;

    // Completed under the limiter's lock, so the waiter's continuation must not run there.
    public TaskCompletionSource<RateLimitLease> Lease { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
