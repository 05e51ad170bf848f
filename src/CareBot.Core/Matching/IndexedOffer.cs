namespace CareBot.Core.Matching;

/// <summary>What the matching index keeps of an offer: whose it is and where its meaning is kept (none when it was read without a model), so ranking never reads the offer.</summary>
internal readonly record struct IndexedOffer(int MemberId, StoredMeaning? Meaning);
