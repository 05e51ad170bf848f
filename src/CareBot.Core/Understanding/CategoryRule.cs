using CareBot.Core.Categories;

namespace CareBot.Core.Understanding;

/// <summary>
/// How the words and the meaning of a text together choose its categories. The meaning decides, because synonyms
/// mislead as often as they help ("a lift to the vet" is not moving house); a synonym found in the text adds weight to
/// its category, so a plain word like "babysit" still wins when the model is unsure. The numbers were chosen on the
/// development corpus in the tests and checked on a held-out one (docs/understanding.md).
/// </summary>
public sealed record CategoryRule
{
    public static CategoryRule Default { get; } = new();

    /// <summary>How much of a category's score is its nearest example rather than its centre.</summary>
    public float NearestWeight { get; init; } = 0.5f;

    /// <summary>What a synonym found in the text adds to its category's score.</summary>
    public float WordWeight { get; init; } = 0.05f;

    /// <summary>The least score a category needs to be chosen; when none has it, the text is "other".</summary>
    public float Enough { get; init; } = 0.2f;

    /// <summary>Categories within this much of the best are chosen with it: a text may be about two things.</summary>
    public float Margin { get; init; } = 0.04f;

    public IReadOnlyList<string> Choose(IReadOnlyList<string> byWords, IReadOnlyList<CategoryScore> byMeaning)
    {
        if (byMeaning.Count == 0)
        {
            return byWords;
        }

        var scores = byMeaning
            .Select(s => new CategoryScore(s.Category, s.Score + (byWords.Contains(s.Category) ? WordWeight : 0f)))
            .OrderByDescending(s => s.Score)
            .ToList();
        var best = scores[0].Score;
        var chosen = scores.TakeWhile(s => s.Score >= Enough && s.Score >= best - Margin).Select(s => s.Category).ToList();
        return chosen.Count > 0 ? chosen : [CategoryIds.Other];
    }
}
