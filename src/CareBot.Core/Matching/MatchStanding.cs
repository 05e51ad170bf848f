namespace CareBot.Core.Matching;

/// <summary>
/// Where an offer puts its member in the order of whom to ask. <see cref="OfferRelevance"/> says whether an offer
/// answers a need at all; standing says who goes first, and it is coarser on purpose. Every offer that shares a
/// category with the need stands level, so among them fairness decides (whoever helped least, then whoever was asked
/// least recently), not whoever worded their offer closest to the need: ranking by wording asked the same few
/// articulate members again and again, and in the care simulation they gave most of the help (load Gini 0.45). Only an
/// offer the sentence model reads as meaning much the same thing as the need stands above them. Offers that share no
/// category, only words or meaning, stand below every one that does, ordered by how close they are.
/// </summary>
internal static class MatchStanding
{
    /// <summary>The highest standing of an offer that shares no category with the need, however many words it shares.</summary>
    public const int CloseOnlyCeiling = 8;

    private const int SharesACategory = CloseOnlyCeiling + 1;

    private const int SharesACategoryAndMeansMuchTheSame = CloseOnlyCeiling + 2;

    /// <summary>The highest standing there is, so callers can size a table by it.</summary>
    public const int Highest = SharesACategoryAndMeansMuchTheSame;

    /// <summary>The candidate's standing: 0 when it is no match at all.</summary>
    public static int Of(in CandidateOffer candidate)
    {
        if (candidate.Relevance <= 0)
        {
            return 0;
        }

        if (candidate.SharedCategories == 0)
        {
            return Math.Min(candidate.Relevance, CloseOnlyCeiling);
        }

        return candidate.MeansMuchTheSame ? SharesACategoryAndMeansMuchTheSame : SharesACategory;
    }
}
