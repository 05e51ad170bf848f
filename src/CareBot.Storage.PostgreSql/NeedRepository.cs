using CareBot.Core.Needs;
using CareBot.Core.Storage;

namespace CareBot.Storage.PostgreSql;

internal sealed class NeedRepository(DocumentCommands documents) : INeedRepository
{
    public Need? Get(int id) => documents.Get<Need>(Tables.Needs, id);

    public Need? FindByNumber(int communityId, int number) => documents.Find<Need>(Lookups.NeedWithNumber, [communityId, number], 1) is [var need, ..] ? need : null;

    public IReadOnlyList<Need> Open(int communityId, int skip, int take) => documents.Find<Need>(Lookups.OpenNeeds, [communityId], take, skip);

    public int CountOpen(int communityId) => documents.Count(Lookups.OpenNeeds, communityId);

    public IReadOnlyList<Need> Active(int communityId) => documents.Find<Need>(Lookups.ActiveNeeds, [communityId]);

    public IReadOnlyList<Need> InCommunity(int communityId) => documents.Find<Need>(Lookups.NeedsOfCommunity, [communityId]);

    public IReadOnlyList<Need> ByRequester(int memberId) => documents.Find<Need>(Lookups.NeedsOfRequester, [memberId]);

    public IReadOnlyList<Need> ByHelper(int memberId) => documents.Find<Need>(Lookups.NeedsOfHelper, [memberId]);

    /// <summary>Only active needs remember who was asked or passed; they are few per community, so that is checked here.</summary>
    public IReadOnlyList<Need> Involving(int memberId, int communityId) =>
    [
        .. ByRequester(memberId)
            .Concat(ByHelper(memberId))
            .Concat(Active(communityId).Where(n => n.WasAsked(memberId) || n.HasPassed(memberId)))
            .DistinctBy(n => n.Id),
    ];

    public IReadOnlyList<Need> DoneSince(int communityId, DateTimeOffset since) =>
        documents.Find<Need>(Lookups.NeedsDoneSince, [communityId, Moments.Utc(since)]);

    public IReadOnlyList<Need> RhythmDue(DateTimeOffset now, int take) => documents.Find<Need>(Lookups.RhythmDue, [Moments.Utc(now)], take);

    public void Insert(Need need) => documents.Insert(Tables.Needs, need);

    public void Update(Need need) => documents.Update(Tables.Needs, need);
}
