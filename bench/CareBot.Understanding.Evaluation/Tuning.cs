using CareBot.Core.Categories;
using CareBot.Core.Understanding;
using CareBot.Understanding.Tests.Corpus;

/// <summary>
/// A coarse grid over <see cref="CategoryRule"/>'s numbers, scored on the development corpus only, so the held-out
/// corpus stays a fair test. Prints the best settings by how far each clears both goals (90 % intended, 85 % no wrong).
/// </summary>
internal static class Tuning
{
    public static void Search(IReadOnlyList<LabelledText> corpus, TextUnderstanding understanding, IReadOnlyDictionary<string, SemanticVector> meanings)
    {
        var byWords = corpus.ToDictionary(t => t.Text, t => CategoryCatalog.Default.Analyze(t.Text).Categories, StringComparer.Ordinal);
        var results = new List<(CategoryRule Rule, CategoryScorecard Card)>();
        foreach (var nearest in new[] { 0f, 0.25f, 0.5f, 0.75f, 1f })
        {
            var probe = CategoryRule.Default with { NearestWeight = nearest };
            var scores = corpus.ToDictionary(t => t.Text, t => understanding.Scores(meanings[t.Text], nearest), StringComparer.Ordinal);
            foreach (var words in new[] { 0f, 0.05f, 0.1f, 0.15f, 0.2f })
            {
                foreach (var enough in new[] { 0.2f, 0.25f, 0.3f, 0.35f, 0.4f, 0.45f })
                {
                    foreach (var margin in new[] { 0f, 0.02f, 0.04f, 0.06f, 0.08f })
                    {
                        var rule = probe with { WordWeight = words, Enough = enough, Margin = margin };
                        results.Add((rule, CategoryScorecard.Score(corpus, text => rule.Choose(byWords[text], scores[text]))));
                    }
                }
            }
        }

        foreach (var (rule, card) in results.OrderByDescending(r => Math.Min(r.Card.IntendedRate - 0.90, r.Card.NoneWrongRate - 0.85)).Take(15))
        {
            Console.WriteLine($"nearest {rule.NearestWeight} words {rule.WordWeight} enough {rule.Enough} margin {rule.Margin}: {card.Summary}");
        }
    }
}
