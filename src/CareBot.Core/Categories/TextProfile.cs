namespace CareBot.Core.Categories;

/// <summary>What a need or an offer is about: its categories, and the content words used to compare texts.</summary>
public sealed record TextProfile(IReadOnlyList<string> Categories, IReadOnlyList<string> Keywords);
