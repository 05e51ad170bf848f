using CareBot.Core.Understanding;

namespace CareBot.Core.Categories;

/// <summary>
/// What a need or an offer is about: its categories, the content words used to compare texts, and, when a sentence
/// model read it, its meaning as a vector (so matching can tell "a lift to the vet" from "lift weights").
/// </summary>
public sealed record TextProfile(IReadOnlyList<string> Categories, IReadOnlyList<string> Keywords, SemanticVector? Meaning = null);
