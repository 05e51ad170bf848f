using CareBot.Core.Needs;
using CareBot.Core.Storage;
using LiteDB;

namespace CareBot.Storage.LiteDb;

internal sealed class NeedRepository(LiteDatabase db) : INeedRepository
{
    private static readonly BsonValue OpenState = NeedState.Open.ToString();
    private static readonly BsonValue ClaimedState = NeedState.Claimed.ToString();
    private static readonly BsonValue DoneState = NeedState.Done.ToString();

    private readonly ILiteCollection<Need> _needs = db.GetCollection<Need>(Collections.Needs);

    public Need? Get(int id) => _needs.FindById(id);

    public Need? FindByNumber(int communityId, int number) =>
        _needs.Find(Query.EQ("Number", number)).FirstOrDefault(n => n.CommunityId == communityId);

    public IReadOnlyList<Need> Open(int communityId, int skip, int take) =>
        [.. _needs.Query().Where(Query.EQ("CommunityId", communityId)).Where(Query.EQ("State", OpenState))
            .OrderByDescending("Number").Skip(skip).Limit(take).ToEnumerable()];

    public int CountOpen(int communityId) =>
        _needs.Query().Where(Query.EQ("CommunityId", communityId)).Where(Query.EQ("State", OpenState)).Count();

    public IReadOnlyList<Need> Active(int communityId) =>
        [.. _needs.Query().Where(Query.EQ("CommunityId", communityId)).Where(Query.In("State", OpenState, ClaimedState)).ToEnumerable()];

    public IReadOnlyList<Need> ByRequester(int memberId) => [.. _needs.Find(Query.EQ("RequesterId", memberId))];

    public IReadOnlyList<Need> ByHelper(int memberId) => [.. _needs.Find(Query.EQ("$.Helpers[*]", memberId))];

    public IReadOnlyList<Need> Involving(int memberId) =>
    [
        .. ByRequester(memberId)
            .Concat(ByHelper(memberId))
            .Concat(_needs.Find(Query.EQ("$.Asked[*]", memberId)))
            .Concat(_needs.Find(Query.EQ("$.Passed[*]", memberId)))
            .DistinctBy(n => n.Id),
    ];

    public IReadOnlyList<Need> DoneSince(int communityId, DateTimeOffset since) =>
        [.. _needs.Find(Query.GTE("ClosedAt", Dates.Of(since))).Where(n => n.CommunityId == communityId && n.State == NeedState.Done)];

    public IReadOnlyList<Need> RhythmDue(DateTimeOffset now, int take) =>
        [.. _needs.Query().Where(Dates.UpTo("NextRhythmAt", now)).OrderBy("NextRhythmAt").Limit(take).ToEnumerable()];

    public void Insert(Need need) => _needs.Insert(need);

    public void Update(Need need) => _needs.Update(need);
}
