using CareBot.Core.Categories;
using CareBot.Core.Needs;
using CareBot.Core.Offers;

namespace CareBot.Core.Matching;

/// <summary>
/// How well an offer answers a need, the one definition every part of matching uses: 2 for every shared category
/// (not "other"), plus, when both texts were read by the sentence model, how close their meanings are (0 to 3);
/// otherwise 1 for every shared word. An offer that shares nothing, or shares only a word it means differently
/// ("a lift to the airport", "lift a sofa"), scores 0 and is not a match.
/// </summary>
internal static class OfferRelevance
{
    /// <summary>
    /// Cosine similarities of MiniLM sentence vectors from which two texts count as close, closer and much the same. Below the
    /// first, texts that share a word still mean different things ("a lift to the airport" and "lift a sofa" score 0.44).
    /// </summary>
    private static readonly float[] ClosenessSteps = [0.5f, 0.6f, 0.7f];

    /// <summary>The closeness of two texts the sentence model reads as meaning much the same thing.</summary>
    public const int MuchTheSame = 3;

    public static int Of(Need need, Offer offer)
    {
        var categories = offer.Categories.Count(c => c != CategoryIds.Other && need.Categories.Contains(c));
        var words = offer.Keywords.Count(need.Keywords.Contains);
        if (categories == 0 && words == 0)
        {
            return 0;
        }

        var closeness = need.Meaning is { } a && offer.Meaning is { } b ? Closeness(a.Similarity(b)) : words;
        return (2 * categories) + closeness;
    }

    /// <summary>How close two meanings are, as relevance: 0 (they only share words) to 3 (much the same thing).</summary>
    public static int Closeness(float similarity)
    {
        var closeness = 0;
        foreach (var step in ClosenessSteps)
        {
            closeness += similarity >= step ? 1 : 0;
        }

        return closeness;
    }
}
