using CareBot.Core.Categories;
using CareBot.Core.Matching;
using CareBot.Core.Needs;
using CareBot.Core.Offers;
using CareBot.Core.Storage;

namespace CareBot.Benchmarks;

/// <summary>
/// Proves that matching is index-based: for every benchmark need, the offers the working set hands the
/// matcher (<see cref="CommunityWorkingSet.CandidateOffers"/>, found from the category and keyword buckets)
/// are exactly those a scan of every offer finds sharing a category or keyword, with the same relevance;
/// they are a fraction of all offers; and everyone the matcher ranks owns one of them. Throws if not.
/// </summary>
internal static class CandidateSelectionCheck
{
    public static string Verify(ICareStore store, int communityId, DateTimeOffset now)
    {
        var set = store.Read(session => CommunityWorkingSet.Load(session, session.Communities.Get(communityId)!));
        var total = set.ActiveOffers.Count;
        var largest = 0;
        foreach (var text in NeedTexts.All)
        {
            var need = NeedFor(set, text, now);
            var gathered = new CandidateOffers();
            set.CandidateOffers(need, gathered);
            var candidates = gathered.All.ToDictionary(c => c.OfferId);
            var scanned = set.ActiveOffers.Where(o => Relevance(o, need) > 0).ToDictionary(o => o.Id, o => Relevance(o, need));
            candidates = candidates.Where(c => c.Value.Relevance > 0).ToDictionary();
            var wrong = scanned.Where(o => (candidates.GetValueOrDefault(o.Key).MemberId, candidates.GetValueOrDefault(o.Key).Relevance) != (set.Offer(o.Key)!.MemberId, o.Value)).Select(o => o.Key)
                .Concat(candidates.Keys.Where(id => !scanned.ContainsKey(id))).ToList();
            if (wrong.Count > 0)
            {
                throw new InvalidOperationException(
                    $"\"{text}\": the index gave {candidates.Count} offers, a scan {scanned.Count}; offer {wrong[0]} differs.");
            }

            if (candidates.Count >= total)
            {
                throw new InvalidOperationException($"\"{text}\": every one of the {total} offers is a candidate; the index selects nothing.");
            }

            var strangers = new Matcher().Rank(set, need, now, take: 50)
                .Where(c => !set.OffersOf(c.Member.Id).Any(o => candidates.ContainsKey(o.Id))).ToList();
            if (strangers.Count > 0)
            {
                throw new InvalidOperationException($"\"{text}\": member {strangers[0].Member.Id} was ranked without a candidate offer.");
            }

            largest = Math.Max(largest, candidates.Count);
        }

        return $"Candidate selection checked: for {NeedTexts.All.Count} needs the index returns exactly the relevant offers a scan finds sharing " +
            $"a category or keyword, with the same relevance: at most {largest} of {total} offers ({100.0 * largest / total:0.#}%).";
    }

    /// <summary>The need as /need would build it, not stored.</summary>
    public static Need NeedFor(CommunityWorkingSet set, string text, DateTimeOffset now) =>
        new(set.Community.Id, 0, requesterId: -1, new NeedDraft(text, BenchUnderstanding.Remembering.Read(text, "en", CancellationToken.None), false, null, null, 1), now, 14, 3);

    /// <summary>The definition of relevance, applied to one offer at a time: the scan the index must agree with.</summary>
    public static int Relevance(Offer offer, Need need) => OfferRelevance.Of(need, offer);
}
