using CareBot.Core.Offers;
using CareBot.Core.Storage;
using LiteDB;

namespace CareBot.Storage.LiteDb;

/// <summary>Offers. Each lookup is a named query, so a test can check that LiteDB answers it from an index.</summary>
internal sealed class OfferRepository(LiteDatabase db) : IOfferRepository
{
    private readonly ILiteCollection<Offer> _offers = db.GetCollection<Offer>(Collections.Offers);

    public Offer? Get(int id) => _offers.FindById(id);

    /// <summary>In the order they were made, as /offers and /mine list them: an index alone keeps no order among equal keys.</summary>
    public IReadOnlyList<Offer> ByMember(int memberId) => [.. MadeBy(memberId).OrderBy("_id").ToEnumerable()];

    public IReadOnlyList<Offer> ActiveInCommunity(int communityId) => [.. OfCommunity(communityId).ToEnumerable().Where(o => o.IsActive)];

    public IReadOnlyList<Offer> InCommunity(int communityId) => [.. OfCommunity(communityId).ToEnumerable()];

    public IReadOnlyList<Offer> StillOnDue(DateTimeOffset now, int take) => [.. StillOnCheckDue(now).Limit(take).ToEnumerable()];

    public IReadOnlyList<Offer> MadeSince(int communityId, DateTimeOffset since) =>
        [.. OfCommunity(communityId).ToEnumerable().Where(o => o.CreatedAt >= since)];

    public void Insert(Offer offer) => _offers.Insert(offer);

    public void Update(Offer offer) => _offers.Update(offer);

    public void DeleteByMember(int memberId) => _offers.DeleteWhere(OfMember(memberId));

    internal static BsonExpression OfMember(int memberId) => Filters.Equal("MemberId", memberId);

    internal ILiteQueryable<Offer> MadeBy(int memberId) => _offers.Query().Where(OfMember(memberId));

    internal ILiteQueryable<Offer> OfCommunity(int communityId) => _offers.Query().Where(Filters.Equal("CommunityId", communityId));

    /// <summary>Only offers whose check is due carry a StillOnCheckAt, so this never revisits offers already asked about.</summary>
    internal ILiteQueryable<Offer> StillOnCheckDue(DateTimeOffset now) =>
        _offers.Query().Where(Dates.UpTo("StillOnCheckAt", now)).OrderBy("StillOnCheckAt");
}
