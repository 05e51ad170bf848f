namespace CareBot.Core.Matching;

/// <summary>
/// An offer that may answer a need: which it is and whose, how relevant it is (2 per shared category, plus how close
/// the meanings are, or 1 per shared word when either text was read without a model), how many categories and words
/// it shares, whether the sentence model read the two as meaning much the same thing, and where its meaning is kept.
/// </summary>
internal readonly record struct CandidateOffer(
    int OfferId, int MemberId, int Relevance, int SharedCategories, int SharedWords, bool MeansMuchTheSame, StoredMeaning? Meaning);
