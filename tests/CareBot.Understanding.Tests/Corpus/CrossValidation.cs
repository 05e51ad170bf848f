using CareBot.Core.Understanding;

namespace CareBot.Understanding.Tests.Corpus;

/// <summary>
/// Scores the development corpus fairly although the shipped meanings learned from it: each fifth of the corpus is
/// scored by meanings learned from the vocabulary's examples and the other four fifths only.
/// </summary>
public static class CrossValidation
{
    public const int Folds = 5;

    public static Dictionary<string, IReadOnlyList<CategoryScore>> Scores(
        IReadOnlyList<LabelledText> development,
        IReadOnlyList<(string Category, SemanticVector Vector)> vocabularyExamples,
        IReadOnlyDictionary<string, SemanticVector> meanings,
        float nearestWeight)
    {
        var scores = new Dictionary<string, IReadOnlyList<CategoryScore>>(StringComparer.Ordinal);
        for (var fold = 0; fold < Folds; fold++)
        {
            var inFold = fold;
            var learned = CategoryMeanings.FromVectors(vocabularyExamples.Concat(
                development.Where((_, i) => i % Folds != inFold).Select(t => (t.Intended, meanings[t.Text]))));
            foreach (var text in development.Where((_, i) => i % Folds == inFold))
            {
                scores[text.Text] = learned.Score(meanings[text.Text], nearestWeight);
            }
        }

        return scores;
    }
}
