using CareBot.Storage.Documents;

namespace CareBot.Storage.PostgreSql;

/// <summary>The tables, one per LiteDB collection and named like it; their columns are what the lookups filter and sort on.</summary>
internal static class Tables
{
    public static readonly DocumentTable Communities = new(Collections.Communities, GeneratedIds: true,
        [Column.Moment("next_digest_at", "NextDigestAt")]);

    /// <summary>A space's id is its platform and chat (<c>SpaceRef.Key</c>).</summary>
    public static readonly DocumentTable Spaces = new(Collections.Spaces, GeneratedIds: false,
        [Column.Integer("community_id", "CommunityId")]);

    public static readonly DocumentTable Members = new(Collections.Members, GeneratedIds: true,
    [
        Column.Integer("community_id", "CommunityId"),
        Column.Texts("identity_keys", "IdentityKeys"),
        Column.Moment("next_check_in_at", "NextCheckInAt"),
    ]);

    public static readonly DocumentTable Offers = new(Collections.Offers, GeneratedIds: true,
    [
        Column.Integer("community_id", "CommunityId"),
        Column.Integer("member_id", "MemberId"),
        Column.Moment("still_on_check_at", "StillOnCheckAt"),
    ]);

    public static readonly DocumentTable Needs = new(Collections.Needs, GeneratedIds: true,
    [
        Column.Integer("community_id", "CommunityId"),
        Column.Integer("number", "Number"),
        Column.Integer("requester_id", "RequesterId"),
        Column.Integers("helpers", "Helpers"),
        Column.Text("state", "State"),
        Column.Moment("next_rhythm_at", "NextRhythmAt"),
        Column.Moment("closed_at", "ClosedAt"),
    ]);

    public static readonly DocumentTable Outbox = new(Collections.Outbox, GeneratedIds: true,
    [
        Column.Text("status", "Status"),
        Column.Text("platform", "Platform"),
        Column.Moment("deliver_after", "DeliverAfter"),
        Column.Integer("asks_for_need_id", "AsksForNeedId"),
        Column.Integers("member_ids", "MemberIds"),
        Column.Moment("failed_at", "FailedAt"),
    ]);

    public static readonly DocumentTable Sends = new(Collections.Sends, GeneratedIds: true,
    [
        Column.Text("platform", "Platform"),
        Column.Moment("at", "At"),
    ]);

    /// <summary>A cursor's id is its name; its document holds only its value.</summary>
    public static readonly DocumentTable Cursors = new(Collections.Cursors, GeneratedIds: false, []);

    public static readonly IReadOnlyList<DocumentTable> All = [Communities, Spaces, Members, Offers, Needs, Outbox, Sends, Cursors];

    public static DocumentTable Named(string collection) => All.Single(table => table.Name == collection);
}
