namespace CareBot.Core.Matching;

/// <summary>
/// An offer that may answer a need: whose it is, how relevant it is (2 per shared category, plus how close the
/// meanings are, or 1 per shared word when either text was read without a model), how many words it shares, and where
/// its meaning is kept (-1: none).
/// </summary>
internal readonly record struct CandidateOffer(int MemberId, int Relevance, int SharedWords, int MeaningSlot = -1);
