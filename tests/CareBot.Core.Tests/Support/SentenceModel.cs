using CareBot.Core.Categories;
using CareBot.Core.Understanding;
using CareBot.Understanding.MiniLM;

namespace CareBot.Core.Tests.Support;

/// <summary>The sentence model CareBot ships, loaded once for every test that reads meaning: loading takes a second or two.</summary>
internal static class SentenceModel
{
    private static readonly Lazy<TextUnderstanding> Shared = new(() => MiniLmMeanings.EnglishUnderstanding(new MiniLmSentenceEncoder()));

    public static TextUnderstanding Understanding => Shared.Value;
}
