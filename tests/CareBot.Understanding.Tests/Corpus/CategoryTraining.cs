using CareBot.Core.Categories;

namespace CareBot.Understanding.Tests.Corpus;

/// <summary>
/// The labelled texts the shipped category meanings are learned from: the vocabulary's own examples and the
/// development corpus. The held-out corpus is never among them, so it measures text the model has not met.
/// </summary>
public static class CategoryTraining
{
    public static IEnumerable<(string Category, string Text)> English(IEnumerable<LabelledText> development) =>
        CategoryCatalog.Default.ExamplesOf("en").Concat(development.Select(t => (t.Intended, t.Text)));
}
