using CareBot.Core.Categories;
using CareBot.Core.Understanding;
using CareBot.Understanding.Tests.Corpus;

namespace CareBot.Understanding.Evaluation;

/// <summary>
/// A coarse grid over <see cref="CategoryRule"/>'s numbers, scored on the development corpus only (cross-validated), so
/// the held-out corpus stays a fair test. Prints the best settings by how far each clears both goals (90 % and 85 %).
/// </summary>
internal static class Tuning
{
    public static void Search(IReadOnlyList<LabelledText> corpus, IReadOnlyList<(string Category, SemanticVector Vector)> vocabulary, IReadOnlyDictionary<string, SemanticVector> meanings)
    {
        var byWords = corpus.ToDictionary(t => t.Text, t => CategoryCatalog.Default.Analyze(t.Text).Categories, StringComparer.Ordinal);
        var results = new List<(CategoryRule Rule, CategoryScorecard Card)>();
        foreach (var nearest in new[] { 0.25f, 0.5f, 0.75f, 1f })
        {
            var scores = CrossValidation.Scores(corpus, vocabulary, meanings, nearest);
            foreach (var words in new[] { 0f, 0.05f, 0.1f, 0.15f })
            {
                foreach (var enough in new[] { 0.2f, 0.3f, 0.4f })
                {
                    foreach (var margin in new[] { 0f, 0.02f, 0.04f, 0.06f })
                    {
                        var rule = CategoryRule.Default with { NearestWeight = nearest, WordWeight = words, Enough = enough, Margin = margin };
                        results.Add((rule, CategoryScorecard.Score(corpus, text => rule.Choose(byWords[text], scores[text]))));
                    }
                }
            }
        }

        foreach (var (rule, card) in results.OrderByDescending(r => Math.Min(r.Card.IntendedRate - 0.90, r.Card.NoneWrongRate - 0.85)).Take(12))
        {
            Console.WriteLine($"nearest {rule.NearestWeight} words {rule.WordWeight} enough {rule.Enough} margin {rule.Margin}: {card.Summary}");
        }
    }
}
