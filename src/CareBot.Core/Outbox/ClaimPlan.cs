namespace CareBot.Core.Outbox;

/// <summary>
/// Which pending messages of a platform one delivering instance claims in one pass, when several share the store.
/// Ownership is per destination, so one destination's messages stay in order and only one instance paces it: a
/// destination any of whose pending messages another instance holds (a claim not yet lapsed) is left alone entirely;
/// in every other destination the instance renews what it holds and claims what is due. It takes on only so many new
/// destinations a pass, so instances polling side by side share the chats rather than the first taking them all. Both
/// stores decide by this.
/// </summary>
public sealed class ClaimPlan
{
    private ClaimPlan(IReadOnlyList<OutboxMessage> toWrite, IReadOnlyList<OutboxMessage> due)
    {
        ToWrite = toWrite;
        Due = due;
    }

    /// <summary>The messages whose claim is to be written (taken, or renewed once a third of it passed), each already given it.</summary>
    public IReadOnlyList<OutboxMessage> ToWrite { get; }

    /// <summary>The due messages the instance holds once <see cref="ToWrite"/> is written, in outbox order: what it may send.</summary>
    public IReadOnlyList<OutboxMessage> Due { get; }

    /// <param name="pending">The platform's pending messages that are due or claimed, in outbox order.</param>
    /// <param name="newDestinations">How many destinations it does not hold yet it may take on in this pass.</param>
    public static ClaimPlan For(IEnumerable<OutboxMessage> pending, string instance, DateTimeOffset now, DateTimeOffset until, int take, int newDestinations)
    {
        var messages = pending.ToList();
        var others = messages.Where(m => m.IsClaimedByAnotherThan(instance, now)).Select(m => m.Destination.ChatId).ToHashSet(StringComparer.Ordinal);
        var held = messages.Where(m => m.ClaimedBy == instance && !others.Contains(m.Destination.ChatId))
            .Select(m => m.Destination.ChatId).ToHashSet(StringComparer.Ordinal);
        var taken = 0;
        var toWrite = new List<OutboxMessage>();
        var due = new List<OutboxMessage>();
        foreach (var message in messages.Where(m => !others.Contains(m.Destination.ChatId)))
        {
            var isDue = message.DeliverAfter <= now && due.Count < take;
            if (isDue && !held.Contains(message.Destination.ChatId))
            {
                isDue = taken < newDestinations;
                if (isDue)
                {
                    held.Add(message.Destination.ChatId);
                    taken++;
                }
            }

            if (message.ClaimedBy != instance && !isDue)
            {
                continue;
            }

            // A claim is written again only once a third of it has passed (instances pass at least that often), so
            // holding a long backlog costs a write per message every so often, not every pass.
            if (!(message.ClaimedBy == instance && message.ClaimedUntil > now + ((until - now) * 2 / 3)))
            {
                message.Claim(instance, until);
                toWrite.Add(message);
            }

            if (isDue)
            {
                due.Add(message);
            }
        }

        return new ClaimPlan(toWrite, due);
    }
}
