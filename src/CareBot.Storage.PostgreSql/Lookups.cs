using CareBot.Core.Needs;
using CareBot.Core.Outbox;

namespace CareBot.Storage.PostgreSql;

/// <summary>Every lookup the repositories make; each has an index (see <see cref="Migrations"/>), and a test checks the plans use them.</summary>
internal static class Lookups
{
    public static readonly Lookup DigestsDue = new(Tables.Communities, "next_digest_at <= $1", "next_digest_at, id");

    public static readonly Lookup SpacesOfCommunity = new(Tables.Spaces, "community_id = $1");

    public static readonly Lookup MembersWithIdentity = new(Tables.Members, "identity_keys @> ARRAY[$1]::text[]");

    public static readonly Lookup MembersOfCommunity = new(Tables.Members, "community_id = $1");

    public static readonly Lookup CheckInsDue = new(Tables.Members, "next_check_in_at <= $1", "next_check_in_at, id");

    public static readonly Lookup OffersOfMember = new(Tables.Offers, "member_id = $1");

    public static readonly Lookup OffersOfCommunity = new(Tables.Offers, "community_id = $1");

    public static readonly Lookup StillOnDue = new(Tables.Offers, "still_on_check_at <= $1", "still_on_check_at, id");

    public static readonly Lookup NeedWithNumber = new(Tables.Needs, "community_id = $1 AND number = $2");

    public static readonly Lookup NeedsOfCommunity = new(Tables.Needs, "community_id = $1");

    /// <summary>Newest first, as /needs pages through them.</summary>
    public static readonly Lookup OpenNeeds = new(Tables.Needs, $"community_id = $1 AND state = '{NeedState.Open}'", "number DESC, id DESC");

    public static readonly Lookup ActiveNeeds = new(Tables.Needs, $"community_id = $1 AND state IN ('{NeedState.Open}', '{NeedState.Claimed}')");

    public static readonly Lookup NeedsOfRequester = new(Tables.Needs, "requester_id = $1");

    public static readonly Lookup NeedsOfHelper = new(Tables.Needs, "helpers @> ARRAY[$1]::integer[]");

    public static readonly Lookup NeedsDoneSince = new(Tables.Needs, $"community_id = $1 AND state = '{NeedState.Done}' AND closed_at >= $2");

    public static readonly Lookup RhythmDue = new(Tables.Needs, "next_rhythm_at <= $1", "next_rhythm_at, id");

    /// <summary>In the order they were written; a later version takes them <c>FOR UPDATE SKIP LOCKED</c> from here.</summary>
    public static readonly Lookup DueMessages = new(Tables.Outbox, $"status = '{OutboxStatus.Pending}' AND platform = $1 AND deliver_after <= $2");

    public static readonly Lookup PendingMessagesByDueTime = new(Tables.Outbox, $"status = '{OutboxStatus.Pending}' AND platform = $1", "deliver_after, id");

    public static readonly Lookup PendingMessages = new(Tables.Outbox, $"status = '{OutboxStatus.Pending}'");

    public static readonly Lookup DeferredDue = new(Tables.Outbox, $"status = '{OutboxStatus.Deferred}' AND deliver_after <= $1");

    public static readonly Lookup HeldMessages = new(Tables.Outbox, $"status = '{OutboxStatus.Held}'");

    public static readonly Lookup AsksForNeed = new(Tables.Outbox, "asks_for_need_id = $1");

    public static readonly Lookup MessagesMentioning = new(Tables.Outbox, "member_ids @> ARRAY[$1]::integer[]");

    public static readonly Lookup FailedBefore = new(Tables.Outbox, $"status = '{OutboxStatus.Failed}' AND failed_at <= $1");

    public static readonly Lookup SentSince = new(Tables.Sends, "platform = $1 AND at >= $2", "at, id");

    public static readonly Lookup SentBefore = new(Tables.Sends, "at <= $1");
}
