using CareBot.Core.Offers;
using CareBot.Core.Storage;

namespace CareBot.Storage.PostgreSql;

/// <summary>Offers. Whether an offer is active, or new enough, is checked here on a community's offers, as the LiteDB store does.</summary>
internal sealed class OfferRepository(DocumentCommands documents) : IOfferRepository
{
    public Offer? Get(int id) => documents.Get<Offer>(Tables.Offers, id);

    public IReadOnlyList<Offer> ByMember(int memberId) => documents.Find<Offer>(Lookups.OffersOfMember, [memberId]);

    public IReadOnlyList<Offer> ActiveInCommunity(int communityId) => [.. InCommunity(communityId).Where(o => o.IsActive)];

    public IReadOnlyList<Offer> InCommunity(int communityId) => documents.Find<Offer>(Lookups.OffersOfCommunity, [communityId]);

    public IReadOnlyList<Offer> StillOnDue(DateTimeOffset now, int take) => documents.Find<Offer>(Lookups.StillOnDue, [Moments.Utc(now)], take);

    public IReadOnlyList<Offer> MadeSince(int communityId, DateTimeOffset since) => [.. InCommunity(communityId).Where(o => o.CreatedAt >= since)];

    public void Insert(Offer offer) => documents.Insert(Tables.Offers, offer);

    public void Update(Offer offer) => documents.Update(Tables.Offers, offer);

    public void DeleteByMember(int memberId) => documents.DeleteWhere(Lookups.OffersOfMember, memberId);
}
