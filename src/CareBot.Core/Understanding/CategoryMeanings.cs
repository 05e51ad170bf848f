namespace CareBot.Core.Understanding;

/// <summary>
/// What each category means to a sentence model: the vectors of texts known to belong to it. A text's closeness to a
/// category is how near it comes to those texts, blending the nearest one (categories are broad: "home repair" is
/// boilers and gardens) with their centre (so one odd example can't pull in strangers).
/// </summary>
public sealed class CategoryMeanings
{
    private readonly List<(string Category, SemanticVector Centre, SemanticVector[] Examples)> _categories = [];

    private CategoryMeanings(IEnumerable<(string Category, SemanticVector Vector)> examples)
    {
        foreach (var group in examples.GroupBy(e => e.Category, StringComparer.Ordinal))
        {
            var vectors = group.Select(e => e.Vector).ToArray();
            _categories.Add((group.Key, SemanticVector.Centroid(vectors), vectors));
        }
    }

    /// <summary>Meanings from vectors already worked out (shipped with the model, so start-up need not encode hundreds of texts).</summary>
    public static CategoryMeanings FromVectors(IEnumerable<(string Category, SemanticVector Vector)> examples) => new(examples);

    /// <summary>Meanings learned by encoding example texts now.</summary>
    public static CategoryMeanings Learn(IEnumerable<(string Category, string Text)> examples, ISentenceEncoder encoder, CancellationToken cancellationToken)
    {
        var list = examples.ToList();
        var vectors = new List<SemanticVector>(list.Count);
        foreach (var batch in list.Chunk(32))
        {
            vectors.AddRange(encoder.Encode([.. batch.Select(e => e.Text)], cancellationToken));
        }

        return new CategoryMeanings(list.Select((e, i) => (e.Category, vectors[i])));
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
