using CareBot.Core.Categories;

namespace CareBot.Core.Understanding;

/// <summary>
/// What each category means to a sentence model: the vectors of its example texts. A text's closeness to a category
/// is how near it comes to the category's examples, blending the nearest one (categories are broad: "home repair"
/// is boilers and gardens) with their centre (so one odd example can't pull in strangers).
/// </summary>
public sealed class CategoryMeanings
{
    private readonly List<(string Category, SemanticVector Centre, SemanticVector[] Examples)> _categories = [];

    public CategoryMeanings(IReadOnlyDictionary<string, string[]> examples, ISentenceEncoder encoder, CancellationToken cancellationToken)
    {
        foreach (var (category, texts) in examples)
        {
            if (texts.Length == 0)
            {
                continue;
            }

            var vectors = encoder.Encode(texts, cancellationToken).ToArray();
            _categories.Add((category, SemanticVector.Centroid(vectors), vectors));
        }
    }

    /// <summary>How close the text comes to each category, closest first.</summary>
    public IReadOnlyList<CategoryScore> Score(SemanticVector meaning, float nearestWeight)
    {
        var scores = new List<CategoryScore>(_categories.Count);
        foreach (var (category, centre, examples) in _categories)
        {
            var nearest = examples.Max(meaning.Similarity);
            scores.Add(new CategoryScore(category, (nearestWeight * nearest) + ((1 - nearestWeight) * meaning.Similarity(centre))));
        }

        scores.Sort((a, b) => b.Score.CompareTo(a.Score));
        return scores;
    }
}
