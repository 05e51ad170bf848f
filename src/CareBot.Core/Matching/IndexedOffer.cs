using CareBot.Core.Understanding;

namespace CareBot.Core.Matching;

/// <summary>What the matching index keeps of an offer: whose it is and what it means, so ranking never reads the offer.</summary>
internal readonly record struct IndexedOffer(int MemberId, SemanticVector? Meaning);
