namespace CareBot.Core.Matching;

/// <summary>What the matching index keeps of an offer: whose it is and where its meaning is kept (-1: none), so ranking never reads the offer.</summary>
internal readonly record struct IndexedOffer(int MemberId, int MeaningSlot);
