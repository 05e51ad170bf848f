using LiteDB;

namespace CareBot.Storage.LiteDb;

/// <summary>An index for every lookup the engine makes, so none of them scans a collection.</summary>
internal static class Indexes
{
    public static void Ensure(LiteDatabase db)
    {
        var communities = db.GetCollection(Collections.Communities);
        communities.EnsureIndex("NextDigestAt");

        var spaces = db.GetCollection(Collections.Spaces);
        spaces.EnsureIndex("CommunityId");

        var members = db.GetCollection(Collections.Members);
        members.EnsureIndex("CommunityId");
        members.EnsureIndex("IdentityKeys", "$.IdentityKeys[*]");
        members.EnsureIndex("NextCheckInAt");

        var offers = db.GetCollection(Collections.Offers);
        offers.EnsureIndex("CommunityId");
        offers.EnsureIndex("MemberId");
        offers.EnsureIndex("StillOnCheckAt");

        var needs = db.GetCollection(Collections.Needs);
        needs.EnsureIndex("CommunityId");
        needs.EnsureIndex("Number");
        needs.EnsureIndex("RequesterId");
        needs.EnsureIndex("Helpers", "$.Helpers[*]");
        needs.EnsureIndex("State");
        needs.EnsureIndex("NextRhythmAt");
        needs.EnsureIndex("ClosedAt");

        var outbox = db.GetCollection(Collections.Outbox);
        outbox.EnsureIndex("Status");
        outbox.EnsureIndex("MemberIds", "$.MemberIds[*]");
        outbox.EnsureIndex("AsksForNeedId");

        db.GetCollection(Collections.Sends).EnsureIndex("At");
    }
}
