using CareBot.Core.Offers;

namespace CareBot.Core.Storage;

public interface IOfferRepository
{
    Offer? Get(int id);

    IReadOnlyList<Offer> ByMember(int memberId);

    IReadOnlyList<Offer> ActiveInCommunity(int communityId);

    /// <summary>Active offers last confirmed before <paramref name="confirmedBefore"/> whose owner was not yet asked if they still stand.</summary>
    IReadOnlyList<Offer> Stale(DateTimeOffset confirmedBefore, int take);

    /// <summary>Offers made since a moment, for the weekly digest.</summary>
    IReadOnlyList<Offer> MadeSince(int communityId, DateTimeOffset since);

    void Insert(Offer offer);

    void Update(Offer offer);

    void DeleteByMember(int memberId);
}
