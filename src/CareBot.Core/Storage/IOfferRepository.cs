using CareBot.Core.Offers;

namespace CareBot.Core.Storage;

public interface IOfferRepository
{
    Offer? Get(int id);

    IReadOnlyList<Offer> ByMember(int memberId);

    IReadOnlyList<Offer> ActiveInCommunity(int communityId);

    /// <summary>Every offer of a community, withdrawn ones too: what moves when groups are linked.</summary>
    IReadOnlyList<Offer> InCommunity(int communityId);

    /// <summary>Active offers whose "is this still on offer?" moment has come, oldest first.</summary>
    IReadOnlyList<Offer> StillOnDue(DateTimeOffset now, int take);

    /// <summary>Offers made since a moment, for the weekly digest.</summary>
    IReadOnlyList<Offer> MadeSince(int communityId, DateTimeOffset since);

    void Insert(Offer offer);

    void Update(Offer offer);

    void DeleteByMember(int memberId);
}
