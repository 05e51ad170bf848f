using CareBot.Core.Platforms;
using CareBot.Core.Storage;
using CareBot.Storage.LiteDb.Tests.Support;
using LiteDB;

namespace CareBot.Storage.LiteDb.Tests;

/// <summary>
/// Every lookup the engine makes is answered from an index, so a growing community never makes a command
/// or a rhythm tick scan a whole collection. The plans are LiteDB's own, for the exact queries the
/// repositories run.
/// </summary>
public sealed class IndexUsageTests : IDisposable
{
    private static readonly DateTimeOffset Now = TestClock.Start.AddDays(1);
    private static readonly string[] Groups = ["town", "garden"];
    private static readonly string[] Names = ["alice", "bob", "carol"];
    private readonly TempDatabase _file = new();
    private readonly LiteDbCareStore _store;

    public IndexUsageTests()
    {
        _store = _file.Open();
        Populate(_store);
    }

    public void Dispose()
    {
        _store.Dispose();
        _file.Dispose();
    }

    [Theory]
    [InlineData("members by identity key", "IdentityKeys", "INDEX SEEK")]
    [InlineData("members of a community", "CommunityId", "INDEX SEEK")]
    [InlineData("members whose check-in is due", "NextCheckInAt", "INDEX RANGE SCAN")]
    [InlineData("communities whose digest is due", "NextDigestAt", "INDEX RANGE SCAN")]
    [InlineData("spaces of a community", "CommunityId", "INDEX SEEK")]
    [InlineData("offers of a member", "MemberId", "INDEX SEEK")]
    [InlineData("offers of a community", "CommunityId", "INDEX SEEK")]
    [InlineData("offers due for the still-on question", "StillOnCheckAt", "INDEX RANGE SCAN")]
    [InlineData("need by number", "Number", "INDEX SEEK")]
    [InlineData("open needs of a community", "CommunityId", "INDEX SEEK")]
    [InlineData("active needs of a community", "CommunityId", "INDEX SEEK")]
    [InlineData("every need of a community", "CommunityId", "INDEX SEEK")]
    [InlineData("needs of a requester", "RequesterId", "INDEX SEEK")]
    [InlineData("needs of a helper", "Helpers", "INDEX SEEK")]
    [InlineData("needs done since a moment", "CommunityId", "INDEX SEEK")]
    [InlineData("needs whose rhythm is due", "NextRhythmAt", "INDEX RANGE SCAN")]
    [InlineData("pending messages of a platform", "Status", "INDEX SEEK")]
    [InlineData("held messages", "Status", "INDEX SEEK")]
    [InlineData("deferred requests for help", "Status", "INDEX SEEK")]
    [InlineData("requests for help about a need", "AsksForNeedId", "INDEX SEEK")]
    [InlineData("messages naming a member", "MemberIds", "INDEX SEEK")]
    [InlineData("failed messages to purge", "Status", "INDEX SEEK")]
    public void Every_lookup_the_engine_makes_is_answered_from_an_index(string lookup, string index, string mode)
    {
        var plan = _store.Read(session => PlanOf(session, lookup));

        Assert.Equal(index, plan["index"]["name"].AsString);
        Assert.StartsWith(mode + "(", plan["index"]["mode"].AsString, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lookup_without_an_index_would_show_as_a_full_scan()
    {
        using var raw = new LiteDatabase(new MemoryStream());
        var needs = raw.GetCollection(Collections.Needs);
        needs.Insert(new BsonDocument { ["RequesterId"] = 1 });

        var plan = needs.Query().Where(Query.EQ("RequesterId", 1)).GetPlan();

        Assert.StartsWith("FULL INDEX SCAN(", plan["index"]["mode"].AsString, StringComparison.Ordinal);
    }

    private static BsonDocument PlanOf(IStoreSession session, string lookup)
    {
        var members = (MemberRepository)session.Members;
        var communities = (CommunityRepository)session.Communities;
        var offers = (OfferRepository)session.Offers;
        var needs = (NeedRepository)session.Needs;
        var outbox = (OutboxRepository)session.Outbox;
        return lookup switch
        {
            "members by identity key" => members.WithIdentity(new UserRef(KnownPlatforms.Console, "alice")).GetPlan(),
            "members of a community" => members.OfCommunity(1).GetPlan(),
            "members whose check-in is due" => members.CheckInDueBy(Now).GetPlan(),
            "communities whose digest is due" => communities.DigestDueBy(Now).GetPlan(),
            "spaces of a community" => communities.SpacesIn(1).GetPlan(),
            "offers of a member" => offers.MadeBy(1).GetPlan(),
            "offers of a community" => offers.OfCommunity(1).GetPlan(),
            "offers due for the still-on question" => offers.StillOnCheckDue(Now).GetPlan(),
            "need by number" => needs.WithNumber(1, 2).GetPlan(),
            "open needs of a community" => needs.OpenIn(1).GetPlan(),
            "active needs of a community" => needs.ActiveIn(1).GetPlan(),
            "every need of a community" => needs.OfCommunity(1).GetPlan(),
            "needs of a requester" => needs.RequestedBy(1).GetPlan(),
            "needs of a helper" => needs.HelpedBy(2).GetPlan(),
            "needs done since a moment" => needs.DoneIn(1, TestClock.Start).GetPlan(),
            "needs whose rhythm is due" => needs.RhythmDueBy(Now).GetPlan(),
            "pending messages of a platform" => outbox.PendingFor(KnownPlatforms.Console).GetPlan(),
            "held messages" => outbox.HeldMessages().GetPlan(),
            "deferred requests for help" => outbox.DeferredMessages().GetPlan(),
            "requests for help about a need" => outbox.AsksAbout(1).GetPlan(),
            "messages naming a member" => outbox.Matching(OutboxRepository.MentionsOf(1)).GetPlan(),
            "failed messages to purge" => outbox.FailedMessages().GetPlan(),
            _ => throw new ArgumentOutOfRangeException(nameof(lookup), lookup, "no such lookup in this test"),
        };
    }

    /// <summary>Two communities with a few of everything, so the planner chooses among real indexes and data.</summary>
    private static void Populate(LiteDbCareStore store) => store.Write(session =>
    {
        foreach (var name in Groups)
        {
            var community = Build.Community(name);
            session.Communities.Insert(community);
            session.Communities.Upsert(Build.Space(community.Id, name));
            var members = Names.Select(n => Build.Member(community.Id, n)).ToList();
            members.ForEach(session.Members.Insert);
            members[0].SetCheckIns(Core.Members.CheckInPreference.Weekly, TestClock.Start);
            session.Members.Update(members[0]);
            session.Offers.Insert(Build.Offer(community.Id, members[1].Id));
            for (var number = 1; number <= 3; number++)
            {
                var need = Build.Need(community.Id, number, members[0].Id);
                need.RecordWave([members[1].Id, members[2].Id], TestClock.Start, TimeSpan.FromHours(12));
                Assert.Null(need.Pass(members[2].Id, TestClock.Start));
                Assert.Null(need.Claim(members[1].Id, TestClock.Start));
                session.Needs.Insert(need);
            }

            var failed = Build.ToGroup("posted", chatId: name);
            failed.Fail("chat not found", TestClock.Start);
            session.Outbox.Enqueue(failed);
            session.Outbox.Enqueue(Build.ToPerson("alice", "hello", null, members[0].Id));
        }

        return true;
    });
}
