using CareBot.Core.Understanding;

namespace CareBot.Core.Matching;

/// <summary>Where the matching index keeps one offer's meaning: a block of meanings and its place in it.</summary>
internal readonly record struct StoredMeaning(MeaningArena Arena, int Slot)
{
    public float Similarity(SemanticVector meaning) => Arena.Similarity(meaning, Slot);
}
