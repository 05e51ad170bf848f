using CareBot.Core.Categories;
using CareBot.Core.Understanding;
using CareBot.Understanding.MiniLM;

namespace CareBot.Understanding.Tests;

/// <summary>The sentence model CareBot ships, with the category meanings it ships, loaded once for every test here.</summary>
internal static class SharedModel
{
    private static readonly Lazy<MiniLmSentenceEncoder> SharedEncoder = new(() => new MiniLmSentenceEncoder());
    private static readonly Lazy<TextUnderstanding> Shared = new(() =>
        MiniLmMeanings.EnglishUnderstanding(SharedEncoder.Value));

    public static MiniLmSentenceEncoder Encoder => SharedEncoder.Value;

    public static TextUnderstanding Understanding => Shared.Value;
}
