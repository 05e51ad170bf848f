namespace CareBot.Core.Matching;

/// <summary>An offer that may answer a need: whose it is, and how relevant it is (2 per shared category, 1 per shared keyword).</summary>
internal readonly record struct CandidateOffer(int MemberId, int Relevance);
