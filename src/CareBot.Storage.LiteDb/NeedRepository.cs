using CareBot.Core.Needs;
using CareBot.Core.Storage;
using LiteDB;

namespace CareBot.Storage.LiteDb;

/// <summary>Needs. Each lookup is a named query, so a test can check that LiteDB answers it from an index.</summary>
internal sealed class NeedRepository(LiteDatabase db) : INeedRepository
{
    private static readonly BsonValue OpenState = NeedState.Open.ToString();
    private static readonly BsonValue ClaimedState = NeedState.Claimed.ToString();
    private static readonly BsonValue DoneState = NeedState.Done.ToString();

    private readonly ILiteCollection<Need> _needs = db.GetCollection<Need>(Collections.Needs);

    public Need? Get(int id) => _needs.FindById(id);

    public Need? FindByNumber(int communityId, int number) => WithNumber(communityId, number).FirstOrDefault();

    public IReadOnlyList<Need> Open(int communityId, int skip, int take) =>
        [.. OpenIn(communityId).OrderByDescending("Number").Skip(skip).Limit(take).ToEnumerable()];

    public int CountOpen(int communityId) => OpenIn(communityId).Count();

    public IReadOnlyList<Need> Active(int communityId) => [.. ActiveIn(communityId).ToEnumerable()];

    public IReadOnlyList<Need> InCommunity(int communityId) => [.. OfCommunity(communityId).ToEnumerable()];

    public IReadOnlyList<Need> ByRequester(int memberId) => [.. RequestedBy(memberId).ToEnumerable()];

    public IReadOnlyList<Need> ByHelper(int memberId) => [.. HelpedBy(memberId).ToEnumerable()];

    public IReadOnlyList<Need> Involving(int memberId, int communityId) =>
    [
        .. RequestedBy(memberId).ToEnumerable()
            .Concat(HelpedBy(memberId).ToEnumerable())
            .Concat(ActiveIn(communityId).ToEnumerable().Where(n => n.WasAsked(memberId) || n.HasPassed(memberId)))
            .DistinctBy(n => n.Id),
    ];

    public IReadOnlyList<Need> DoneSince(int communityId, DateTimeOffset since) => [.. DoneIn(communityId, since).ToEnumerable()];

    public IReadOnlyList<Need> RhythmDue(DateTimeOffset now, int take) =>
        [.. RhythmDueBy(now).OrderBy("NextRhythmAt").Limit(take).ToEnumerable()];

    public void Insert(Need need) => _needs.Insert(need);

    public void Update(Need need) => _needs.Update(need);

    /// <summary>Numbers repeat across communities; the number index is the narrower one, the community is a filter.</summary>
    internal ILiteQueryable<Need> WithNumber(int communityId, int number) =>
        _needs.Query().Where(Filters.Equal("Number", number)).Where(Filters.Equal("CommunityId", communityId));

    internal ILiteQueryable<Need> OfCommunity(int communityId) => _needs.Query().Where(Filters.Equal("CommunityId", communityId));

    internal ILiteQueryable<Need> OpenIn(int communityId) =>
        _needs.Query().Where(Filters.Equal("CommunityId", communityId)).Where(Filters.Equal("State", OpenState));

    internal ILiteQueryable<Need> ActiveIn(int communityId) =>
        _needs.Query().Where(Filters.Equal("CommunityId", communityId)).Where(Query.In("State", OpenState, ClaimedState));

    internal ILiteQueryable<Need> RequestedBy(int memberId) => _needs.Query().Where(Filters.Equal("RequesterId", memberId));

    internal ILiteQueryable<Need> HelpedBy(int memberId) => _needs.Query().Where(Filters.AnyEqual("Helpers", memberId));


    internal ILiteQueryable<Need> DoneIn(int communityId, DateTimeOffset since) =>
        _needs.Query().Where(Filters.AtLeast("ClosedAt", Dates.Of(since)))
            .Where(Filters.Equal("CommunityId", communityId))
            .Where(Filters.Equal("State", DoneState));

    internal ILiteQueryable<Need> RhythmDueBy(DateTimeOffset now) => _needs.Query().Where(Dates.UpTo("NextRhythmAt", now));
}
