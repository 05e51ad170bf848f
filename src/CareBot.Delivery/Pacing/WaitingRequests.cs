using System.Threading.RateLimiting;

namespace CareBot.Delivery.Pacing;

/// <summary>
/// The requests waiting for a <see cref="SendWindowLimiter"/>, and which goes next: people before groups
/// (<see cref="SendPriority"/>), each in arrival order, except that a group which has waited <c>groupsWaitAtMost</c>
/// goes next, so a flood of private messages cannot hold a channel's posts back for ever. With no hold, everyone goes in
/// arrival order. Not thread-safe: its owner serialises access.
/// </summary>
internal sealed class WaitingRequests(TimeSpan groupsWaitAtMost)
{
    private readonly LinkedList<WaitingRequest> _people = new();
    private readonly LinkedList<WaitingRequest> _groups = new();

    public int Count => _people.Count + _groups.Count;

    public LinkedListNode<WaitingRequest> Add(SendPriority priority, int permits, DateTimeOffset now) =>
        (priority == SendPriority.Person ? _people : _groups).AddLast(new WaitingRequest(priority, permits, now));

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
        var (person, group) = (_people.First, _groups.First);
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
internal sealed class WaitingRequest(SendPriority priority, int permits, DateTimeOffset since)
{
    public SendPriority Priority { get; } = priority;

    public int Permits { get; } = permits;

    public DateTimeOffset Since { get; } = since;

    // Completed under the limiter's lock, so the waiter's continuation must not run there.
    public TaskCompletionSource<RateLimitLease> Lease { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
