using System.Runtime.InteropServices;

namespace CareBot.Core.Matching;

/// <summary>
/// The offers that may answer one need, each once, side by side so that weighing and ranking them walks memory in
/// order and changes them in place. Kept and reused need after need: a large community has thousands, and a fresh
/// collection for every need was most of what posting one allocated.
/// </summary>
internal sealed class CandidateOffers
{
    private readonly List<CandidateOffer> _offers = [];
    private readonly Dictionary<int, int> _positions = [];

    public int Count => _offers.Count;

    public IEnumerable<CandidateOffer> All => _offers;

    /// <summary>The candidates themselves, to weigh in place; valid until the next <see cref="Add"/> or <see cref="Clear"/>.</summary>
    public Span<CandidateOffer> AsSpan() => CollectionsMarshal.AsSpan(_offers);

    public void Clear()
    {
        _offers.Clear();
        _positions.Clear();
    }

    public void EnsureCapacity(int count)
    {
        _offers.EnsureCapacity(count);
        _positions.EnsureCapacity(count);
    }

    /// <summary>Counts a category or word the offer shares with the need: the offer is added the first time, then added to.</summary>
    public void Add(int offerId, IndexedOffer offer, int relevance, int sharedCategories, int sharedWords)
    {
        ref var position = ref CollectionsMarshal.GetValueRefOrAddDefault(_positions, offerId, out var known);
        if (!known)
        {
            position = _offers.Count;
            _offers.Add(new CandidateOffer(offerId, offer.MemberId, relevance, sharedCategories, sharedWords, MeansMuchTheSame: false, offer.Meaning));
            return;
        }

        ref var candidate = ref CollectionsMarshal.AsSpan(_offers)[position];
        candidate = candidate with
        {
            Relevance = candidate.Relevance + relevance,
            SharedCategories = candidate.SharedCategories + sharedCategories,
            SharedWords = candidate.SharedWords + sharedWords,
        };
    }
}
