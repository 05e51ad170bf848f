using CareBot.Core.Communities;
using CareBot.Core.Members;
using CareBot.Core.Needs;
using CareBot.Core.Offers;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;

namespace CareBot.Core.Matching;

/// <summary>
/// One community held in memory: its members, their active offers indexed by category and keyword, and
/// how many needs each member is helping with. Matching reads only this index, never a scan of stored
/// offers. The store stays the source of truth: the set is loaded from it and written through, and the
/// engine drops the set whenever a transaction that touched it rolls back.
/// </summary>
internal sealed class CommunityWorkingSet
{
    private readonly Dictionary<int, Member> _members = [];
    private readonly Dictionary<string, int> _memberByIdentity = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Offer> _offers = [];
    private readonly Dictionary<string, HashSet<int>> _offersByCategory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _offersByKeyword = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<int>> _offersByMember = [];
    private readonly Dictionary<int, int> _commitments = [];

    private CommunityWorkingSet(Community community, IReadOnlyList<Space> spaces)
    {
        Community = community;
        Spaces = [.. spaces];
    }

    public Community Community { get; }

    public List<Space> Spaces { get; }

    public IReadOnlyCollection<Member> Members => _members.Values;

    public IReadOnlyCollection<Offer> ActiveOffers => _offers.Values;

    public static CommunityWorkingSet Load(IStoreSession session, Community community)
    {
        var set = new CommunityWorkingSet(community, session.Communities.SpacesOf(community.Id));
        foreach (var member in session.Members.InCommunity(community.Id))
        {
            set.AddMember(member);
        }

        foreach (var offer in session.Offers.ActiveInCommunity(community.Id))
        {
            set.AddOffer(offer);
        }

        foreach (var need in session.Needs.Active(community.Id))
        {
            set.TrackCommitments([], need.HelperIds);
        }

        return set;
    }

    public Member? Member(int id) => _members.GetValueOrDefault(id);

    public Member? MemberFor(UserRef user) =>
        _memberByIdentity.TryGetValue(user.Key, out var id) ? _members.GetValueOrDefault(id) : null;

    public void AddMember(Member member)
    {
        _members[member.Id] = member;
        foreach (var identity in member.Identities)
        {
            _memberByIdentity[identity.Ref.Key] = member.Id;
        }
    }

    public void RemoveMember(int memberId)
    {
        if (!_members.Remove(memberId, out var member))
        {
            return;
        }

        foreach (var identity in member.Identities)
        {
            _memberByIdentity.Remove(identity.Ref.Key);
        }

        foreach (var offerId in OffersOf(memberId).Select(o => o.Id).ToList())
        {
            RemoveOffer(offerId);
        }

        _commitments.Remove(memberId);
    }

    public Offer? Offer(int id) => _offers.GetValueOrDefault(id);

    public IEnumerable<Offer> OffersOf(int memberId) =>
        _offersByMember.TryGetValue(memberId, out var ids) ? ids.Select(id => _offers[id]) : [];

    public void AddOffer(Offer offer)
    {
        _offers[offer.Id] = offer;
        if (!_offersByMember.TryGetValue(offer.MemberId, out var mine))
        {
            _offersByMember[offer.MemberId] = mine = [];
        }

        mine.Add(offer.Id);
        foreach (var category in offer.Categories)
        {
            Bucket(_offersByCategory, category).Add(offer.Id);
        }

        foreach (var keyword in offer.Keywords)
        {
            Bucket(_offersByKeyword, keyword).Add(offer.Id);
        }
    }

    public void RemoveOffer(int offerId)
    {
        if (!_offers.Remove(offerId, out var offer))
        {
            return;
        }

        _offersByMember.GetValueOrDefault(offer.MemberId)?.Remove(offerId);

        foreach (var category in offer.Categories)
        {
            _offersByCategory.GetValueOrDefault(category)?.Remove(offerId);
        }

        foreach (var keyword in offer.Keywords)
        {
            _offersByKeyword.GetValueOrDefault(keyword)?.Remove(offerId);
        }
    }

    /// <summary>Offer ids that share a category or a keyword with the need: the only offers matching looks at.</summary>
    public HashSet<int> CandidateOffers(Need need)
    {
        var ids = new HashSet<int>();
        foreach (var category in need.Categories.Where(c => c != Categories.CategoryIds.Other))
        {
            if (_offersByCategory.TryGetValue(category, out var bucket))
            {
                ids.UnionWith(bucket);
            }
        }

        foreach (var keyword in need.Keywords)
        {
            if (_offersByKeyword.TryGetValue(keyword, out var bucket))
            {
                ids.UnionWith(bucket);
            }
        }

        return ids;
    }

    public int OffersInCategory(string category) => _offersByCategory.TryGetValue(category, out var bucket) ? bucket.Count : 0;

    public int CommitmentsOf(int memberId) => _commitments.GetValueOrDefault(memberId);

    /// <summary>Moves commitment counts from the helpers a need had to the helpers it has now.</summary>
    public void TrackCommitments(IEnumerable<int> before, IEnumerable<int> after)
    {
        foreach (var id in before)
        {
            _commitments[id] = Math.Max(0, _commitments.GetValueOrDefault(id) - 1);
        }

        foreach (var id in after)
        {
            _commitments[id] = _commitments.GetValueOrDefault(id) + 1;
        }
    }

    private static HashSet<int> Bucket(Dictionary<string, HashSet<int>> index, string key)
    {
        if (!index.TryGetValue(key, out var bucket))
        {
            index[key] = bucket = [];
        }

        return bucket;
    }
}
