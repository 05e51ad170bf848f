namespace CareBot.Core.Understanding;

/// <summary>How close a text's meaning comes to one category, from about 0 (unrelated) to 1.</summary>
public readonly record struct CategoryScore(string Category, float Score);
