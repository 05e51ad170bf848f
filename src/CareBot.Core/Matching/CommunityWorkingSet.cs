using System.Runtime.InteropServices;
using CareBot.Core.Communities;
using CareBot.Core.Members;
using CareBot.Core.Needs;
using CareBot.Core.Offers;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;
using CareBot.Core.Understanding;

namespace CareBot.Core.Matching;

/// <summary>
/// One community held in memory: its members, their active offers indexed by category and keyword, and
/// how many needs each member is helping with. Matching reads only this index, never a scan of stored
/// offers. The store stays the source of truth: the set is loaded from it and written through, and the
/// engine drops the set whenever a transaction that touched it rolls back.
/// </summary>
internal sealed partial class CommunityWorkingSet
{
    private readonly Dictionary<int, Member> _members = [];
    private readonly Dictionary<string, int> _memberByIdentity = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Offer> _offers = [];
    // Offer ids by category and by keyword, each with its member's id and meaning so ranking need not read the offer.
    private readonly Dictionary<string, Dictionary<int, IndexedOffer>> _offersByCategory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<int, IndexedOffer>> _offersByKeyword = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<int, int>> _offerersByCategory = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<int>> _offersByMember = [];
    private readonly Dictionary<int, int> _commitments = [];
    private readonly Dictionary<int, IReadOnlyList<string>> _openNeedCategories = [];
    // The helpers each active need counts in _commitments, so a need changed elsewhere can take back what it counted.
    private readonly Dictionary<int, int[]> _countedHelpers = [];
    // The offers' meanings, one block per category: a need is weighed against its categories' offers, which then lie side by side.
    private readonly Dictionary<string, MeaningArena> _meaningsByCategory = new(StringComparer.Ordinal);
    // Offers with no category at all (only ever found by a shared word).
    private readonly MeaningArena _uncategorisedMeanings = new();

    private CommunityWorkingSet(Community community, IReadOnlyList<Space> spaces)
    {
        Community = community;
        Spaces = [.. spaces];
    }

    public Community Community { get; private set; }

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
            set.TrackNeed(need);
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
        IndexedOffer? first = null;
        foreach (var category in offer.Categories.Distinct())
        {
            var indexed = new IndexedOffer(offer.MemberId, Keep(offer.Meaning, MeaningsIn(category)));
            first ??= indexed;
            Bucket(_offersByCategory, category)[offer.Id] = indexed;
            CollectionsMarshal.GetValueRefOrAddDefault(Offerers(category), offer.MemberId, out _)++;
        }

        // A word in common points at the meaning kept with the offer's first category.
        var byWord = first ?? new IndexedOffer(offer.MemberId, offer.Keywords.Count > 0 ? Keep(offer.Meaning, _uncategorisedMeanings) : null);
        foreach (var keyword in offer.Keywords)
        {
            Bucket(_offersByKeyword, keyword)[offer.Id] = byWord;
        }
    }

    public void RemoveOffer(int offerId)
    {
        if (!_offers.Remove(offerId, out var offer))
        {
            return;
        }

        _offersByMember.GetValueOrDefault(offer.MemberId)?.Remove(offerId);
        foreach (var category in offer.Categories.Distinct())
        {
            if (_offersByCategory.GetValueOrDefault(category)?.Remove(offerId, out var indexed) == true)
            {
                Release(indexed.Meaning);
            }

            var offerers = Offerers(category);
            if (offerers.TryGetValue(offer.MemberId, out var count) && (offerers[offer.MemberId] = count - 1) <= 0)
            {
                offerers.Remove(offer.MemberId);
            }
        }

        IndexedOffer? byWord = null;
        foreach (var keyword in offer.Keywords)
        {
            if (_offersByKeyword.GetValueOrDefault(keyword)?.Remove(offerId, out var indexed) == true)
            {
                byWord = indexed;
            }
        }

        if (offer.Categories.Count == 0)
        {
            Release(byWord?.Meaning);
        }
    }

    /// <summary>
    /// The only offers matching looks at: those sharing a category (other than "other") or a keyword with the
    /// need, each with its relevance to it as <see cref="OfferRelevance"/> defines it, worked out from the index: a word
    /// in common makes an offer a candidate but not necessarily a match. Candidates come from the index buckets, so an
    /// offer outside them is never read. They go into <paramref name="candidates"/> (cleared first).
    /// </summary>
    public void CandidateOffers(Need need, CandidateOffers candidates)
    {
        candidates.Clear();
        foreach (var category in need.Categories.Distinct().Where(c => c != Categories.CategoryIds.Other))
        {
            AddCandidates(candidates, _offersByCategory, category, relevance: 2, sharedCategories: 1, sharedWords: 0);
        }

        foreach (var keyword in need.Keywords.Distinct())
        {
            AddCandidates(candidates, _offersByKeyword, keyword, relevance: 1, sharedCategories: 0, sharedWords: 1);
        }

        if (need.Meaning is { } meaning)
        {
            WeighByMeaning(candidates.AsSpan(), meaning);
        }
    }

    /// <summary>Puts how close each candidate's meaning is to the need's in place of the words they share.</summary>
    private void WeighByMeaning(Span<CandidateOffer> candidates, SemanticVector meaning)
    {
        for (var i = 0; i < candidates.Length; i++)
        {
            ref var candidate = ref candidates[i];
            if (candidate.Meaning is { } stored)
            {
                var closeness = OfferRelevance.Closeness(stored.Similarity(meaning));
                candidate = candidate with
                {
                    Relevance = candidate.Relevance - candidate.SharedWords + closeness,
                    MeansMuchTheSame = closeness == OfferRelevance.MuchTheSame,
                };
            }
        }
    }

    public int OffersInCategory(string category) => _offersByCategory.TryGetValue(category, out var bucket) ? bucket.Count : 0;

    /// <summary>Ids of the members with an active offer in the category, kept as offers come and go so /map need not read every offer.</summary>
    public IReadOnlyCollection<int> OfferersIn(string category) =>
        _offerersByCategory.TryGetValue(category, out var offerers) ? offerers.Keys : [];

    /// <summary>Members helping with as many needs as their cap allows: found from the few who help at all.</summary>
    public IEnumerable<int> MembersAtCap() =>
        _commitments.Where(c => _members.TryGetValue(c.Key, out var member) && c.Value >= member.Cap).Select(c => c.Key);

    /// <summary>The categories of each open need (waiting for a helper): /map counts them without reading the store.</summary>
    public IReadOnlyCollection<IReadOnlyList<string>> OpenNeedCategories => _openNeedCategories.Values;

    /// <summary>Keeps <see cref="OpenNeedCategories"/> current; called whenever a need is stored, after <see cref="TrackCommitments"/>.</summary>
    public void TrackNeed(Need need)
    {
        if (need.IsActive)
        {
            _countedHelpers[need.Id] = [.. need.HelperIds];
        }
        else
        {
            _countedHelpers.Remove(need.Id);
        }

        if (need.State == NeedState.Open)
        {
            _openNeedCategories[need.Id] = [.. need.Categories];
        }
        else
        {
            _openNeedCategories.Remove(need.Id);
        }
    }

    public int CommitmentsOf(int memberId) => _commitments.GetValueOrDefault(memberId);

    /// <summary>
    /// Everything this working set holds, written out in a fixed order: two sets hold the same when their fingerprints
    /// are equal. Tests compare a cached set with one loaded fresh from storage after every command, so a change that
    /// reached the store but not the cache (or the other way round) is found where it happens.
    /// </summary>
    internal string Fingerprint() => WorkingSetFingerprint.Of(
        Community, Spaces, _members.Values, _offers.Values,
        _commitments.Where(c => c.Value > 0).ToDictionary(),
        _openNeedCategories,
        Index(_offersByCategory), Index(_offersByKeyword),
        _offerersByCategory.Where(c => c.Value.Count > 0).ToDictionary(c => c.Key, c => c.Value.Where(o => o.Value > 0).Select(o => $"{o.Key}x{o.Value}").Order(StringComparer.Ordinal).ToList()),
        _offersByMember.Where(m => m.Value.Count > 0).ToDictionary(m => m.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), m => m.Value.Order().Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList()));

    private static Dictionary<string, List<string>> Index(Dictionary<string, Dictionary<int, IndexedOffer>> index) =>
        index.Where(b => b.Value.Count > 0).ToDictionary(b => b.Key, b => b.Value.Keys.Order().Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());

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

    private static StoredMeaning? Keep(SemanticVector? meaning, MeaningArena arena) =>
        arena.Add(meaning) is var slot and >= 0 ? new StoredMeaning(arena, slot) : null;

    private static void Release(StoredMeaning? meaning)
    {
        if (meaning is { } stored)
        {
            stored.Arena.Remove(stored.Slot);
        }
    }

    private MeaningArena MeaningsIn(string category)
    {
        if (!_meaningsByCategory.TryGetValue(category, out var arena))
        {
            _meaningsByCategory[category] = arena = new MeaningArena();
        }

        return arena;
    }

    private Dictionary<int, int> Offerers(string category)
    {
        if (!_offerersByCategory.TryGetValue(category, out var offerers))
        {
            _offerersByCategory[category] = offerers = [];
        }

        return offerers;
    }

    private static void AddCandidates(
        CandidateOffers candidates, Dictionary<string, Dictionary<int, IndexedOffer>> index, string key, int relevance, int sharedCategories, int sharedWords)
    {
        if (!index.TryGetValue(key, out var bucket))
        {
            return;
        }

        candidates.EnsureCapacity(candidates.Count + bucket.Count);
        foreach (var (offerId, offer) in bucket)
        {
            candidates.Add(offerId, offer, relevance, sharedCategories, sharedWords);
        }
    }

    private static Dictionary<int, IndexedOffer> Bucket(Dictionary<string, Dictionary<int, IndexedOffer>> index, string key)
    {
        if (!index.TryGetValue(key, out var bucket))
        {
            index[key] = bucket = [];
        }

        return bucket;
    }
}
