using CareBot.Core.Messages;

namespace CareBot.Core.Outbox;

/// <summary>
/// A message the engine decided to send, written in the same transaction as the change that caused it.
/// Adapters deliver it and then mark it sent, which erases it: a delivered message has done its job, and
/// keeping copies of what people were told would only be more personal data to guard.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        Destination = null!;
        Content = null!;
    }

    public OutboxMessage(
        Destination destination,
        OutgoingMessage content,
        int? communityId,
        IEnumerable<int> memberIds,
        DateTimeOffset createdAt,
        DateTimeOffset deliverAfter)
    {
        Destination = destination;
        Content = content;
        CommunityId = communityId;
        MemberIdList = [.. memberIds.Distinct()];
        CreatedAt = createdAt;
        DeliverAfter = deliverAfter;
        Platform = destination.Platform;
        Status = OutboxStatus.Pending;
    }

    /// <summary>
    /// The goodbye to someone who just erased their data: it carries their address and nothing else about them,
    /// and it is the last trace of them, so it is never kept once delivered, failed or undeliverable.
    /// </summary>
    public static OutboxMessage LastTrace(Destination destination, OutgoingMessage content, DateTimeOffset at) =>
        new(destination, content, communityId: null, [], at, at) { IsLastTrace = true };

    public int Id { get; private set; }

    /// <summary>This message with other content (its picture drawn): a copy, so what was read from the store stays as it was.</summary>
    internal OutboxMessage WithContent(OutgoingMessage content)
    {
        var copy = (OutboxMessage)MemberwiseClone();
        copy.Content = content;
        return copy;
    }

    /// <summary>See <see cref="LastTrace"/>.</summary>
    public bool IsLastTrace { get; private set; }

    /// <summary>Copied from the destination so the pending queue of one platform is one index seek.</summary>
    public string Platform { get; private set; } = "";

    public Destination Destination { get; private set; }

    public OutgoingMessage Content { get; private set; }

    /// <summary>The community the message is about; lets an adapter encode it in button data.</summary>
    public int? CommunityId { get; private set; }

    /// <summary>The recipient and everyone named in the message, so /forget can erase every trace.</summary>
    public IReadOnlyList<int> MemberIds => MemberIdList;

    internal List<int> MemberIdList { get; private set; } = [];

    /// <summary>
    /// The member whose command caused the message, if one did (not a rhythm or an arrival): delivery takes turns
    /// between members in one chat, so one member's backlog never holds up another's answer or need.
    /// </summary>
    public int? CausedBy { get; private set; }

    /// <summary>
    /// The need this message asks the recipient to help with, if it is such a request: it is checked again before it is
    /// released, and withdrawn once the need no longer needs helpers, so nobody is asked about help that was already found.
    /// </summary>
    public int? AsksForNeedId { get; private set; }

    /// <summary>
    /// Shown only for a while, then removed: a refusal answered in a group because the person can't be written to
    /// privately. Once the platform says which messages it became, their removal is queued for this long after.
    /// </summary>
    public TimeSpan? ShownFor { get; private set; }

    /// <summary>The platform's ids of earlier messages this one removes (a removal has no content of its own).</summary>
    public IReadOnlyList<string> Removes => RemovesList;

    internal List<string> RemovesList { get; private set; } = [];

    public bool IsRemoval => RemovesList.Count > 0;

    /// <summary>The member a request for help asks (see <see cref="AsksForNeedId"/>).</summary>
    public int? AskedMemberId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Not before this moment: quiet hours and retries push it later.</summary>
    public DateTimeOffset DeliverAfter { get; private set; }

    public OutboxStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>
    /// When delivery last started handing it to the platform, written before the first call: after a crash this is the
    /// one message of its chat that may already have arrived and will be sent again.
    /// </summary>
    public DateTimeOffset? AttemptedAt { get; private set; }

    /// <summary>When the platform refused it for good; failed messages are kept a week for inspection, then erased.</summary>
    public DateTimeOffset? FailedAt { get; private set; }

    public void BeginAttempt(DateTimeOffset at) => AttemptedAt = at;

    /// <summary>
    /// When the platform accepted it, noted the moment it did, before the message is marked sent (which waits its turn
    /// among the store's writes): an instance that takes the destination over after a crash in between finishes it
    /// instead of sending it again. Null until then.
    /// </summary>
    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>The ids the platform gave what it became, noted with <see cref="DeliveredAt"/>.</summary>
    public IReadOnlyList<string> DeliveredIds => DeliveredIdList;

    internal List<string> DeliveredIdList { get; private set; } = [];

    /// <summary>The platform accepted it at <paramref name="at"/>, as <paramref name="platformIds"/>.</summary>
    public void Delivered(DateTimeOffset at, IReadOnlyList<string> platformIds)
    {
        DeliveredAt = at;
        DeliveredIdList = [.. platformIds];
    }

    /// <summary>
    /// The delivering instance that owns this message's destination for now (several instances share one store); it alone
    /// sends the destination's messages, in order, and paces them. Null when no instance has claimed it.
    /// </summary>
    public string? ClaimedBy { get; private set; }

    /// <summary>When the claim lapses unless renewed: an instance that died leaves its destinations to the others after this.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>Whether <paramref name="instance"/> holds a claim on it that has not lapsed by <paramref name="now"/>.</summary>
    public bool IsClaimedBy(string instance, DateTimeOffset now) => ClaimedBy == instance && ClaimedUntil > now;

    /// <summary>Whether an instance other than <paramref name="instance"/> holds a claim on it that has not lapsed by <paramref name="now"/>.</summary>
    public bool IsClaimedByAnotherThan(string instance, DateTimeOffset now) => ClaimedBy is { } owner && owner != instance && ClaimedUntil > now;

    public void Claim(string instance, DateTimeOffset until)
    {
        ClaimedBy = instance;
        ClaimedUntil = until;
    }

    public void ReleaseClaim()
    {
        ClaimedBy = null;
        ClaimedUntil = null;
    }

    /// <summary>One member stands for another from now on: two memberships of one person were merged.</summary>
    public void ReplaceMember(int from, int to)
    {
        if (MemberIdList.Remove(from) && !MemberIdList.Contains(to))
        {
            MemberIdList.Add(to);
        }

        AskedMemberId = AskedMemberId == from ? to : AskedMemberId;
        CausedBy = CausedBy == from ? to : CausedBy;
    }

    /// <summary>The need it is about went with its group to another community (<c>/unlink</c>); its number stayed the same.</summary>
    public void MoveToCommunity(int communityId) => CommunityId = communityId;

    public void AttributeTo(int memberId) => CausedBy ??= memberId;

    public void ShowOnlyFor(TimeSpan span) => ShownFor = span;

    /// <summary>The removal of what <paramref name="shown"/> became on its platform, due when its time is up.</summary>
    public static OutboxMessage RemovalOf(OutboxMessage shown, IReadOnlyList<string> platformIds, DateTimeOffset at) =>
        new(shown.Destination, new OutgoingMessage { Lines = [] }, shown.CommunityId, shown.MemberIds, at, at + (shown.ShownFor ?? TimeSpan.Zero))
        {
            RemovesList = [.. platformIds],
        };

    public void MarkAsAskFor(int needId, int memberId)
    {
        AsksForNeedId = needId;
        AskedMemberId = memberId;
    }

    /// <summary>Still the bot's to take back: not yet handed to the platform (a message being sent is left to arrive).</summary>
    public bool Undelivered => Status is OutboxStatus.Deferred or OutboxStatus.Held || (Status == OutboxStatus.Pending && AttemptedAt is null);

    public void RetryAt(DateTimeOffset at, string error)
    {
        Status = OutboxStatus.Pending;
        DeliverAfter = at;
        LastError = error;
        Attempts++;
    }

    public void Hold(string reason)
    {
        Status = OutboxStatus.Held;
        LastError = reason;
        Attempts++;
    }

    /// <summary>A held or deferred message may go out now.</summary>
    public void Release(DateTimeOffset at)
    {
        if (Status is not (OutboxStatus.Held or OutboxStatus.Deferred))
        {
            return;
        }

        Status = OutboxStatus.Pending;
        DeliverAfter = at;
    }

    /// <summary>A request for help that is decided again at <paramref name="until"/> rather than simply delivered then.</summary>
    public void Defer(DateTimeOffset until)
    {
        Status = OutboxStatus.Deferred;
        DeliverAfter = until;
    }

    /// <summary>The chat moved (a Telegram group became a supergroup): the message goes to its new address.</summary>
    public void Readdress(Destination destination) => Destination = destination;

    public void Fail(string error, DateTimeOffset at)
    {
        Status = OutboxStatus.Failed;
        FailedAt = at;
        LastError = error;
        Attempts++;
    }
}
