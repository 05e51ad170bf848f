using CareBot.Core.Offers;
using CareBot.Core.Storage;
using LiteDB;

namespace CareBot.Storage.LiteDb;

internal sealed class OfferRepository(LiteDatabase db) : IOfferRepository
{
    private readonly ILiteCollection<Offer> _offers = db.GetCollection<Offer>(Collections.Offers);

    public Offer? Get(int id) => _offers.FindById(id);

    public IReadOnlyList<Offer> ByMember(int memberId) => [.. _offers.Find(Query.EQ("MemberId", memberId))];

    public IReadOnlyList<Offer> ActiveInCommunity(int communityId) =>
        [.. _offers.Find(Query.EQ("CommunityId", communityId)).Where(o => o.IsActive)];

    public IReadOnlyList<Offer> Stale(DateTimeOffset confirmedBefore, int take) =>
        [.. _offers.Find(Dates.UpTo("ConfirmedAt", confirmedBefore)).Where(o => o.IsActive && o.StillOnAskedAt is null).Take(take)];

    public IReadOnlyList<Offer> MadeSince(int communityId, DateTimeOffset since) =>
        [.. _offers.Find(Query.EQ("CommunityId", communityId)).Where(o => o.CreatedAt >= since)];

    public void Insert(Offer offer) => _offers.Insert(offer);

    public void Update(Offer offer) => _offers.Update(offer);

    public void DeleteByMember(int memberId) => _offers.DeleteMany(Query.EQ("MemberId", memberId));
}
