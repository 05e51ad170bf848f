using CareBot.Core.Categories;

namespace CareBot.Benchmarks;

/// <summary>
/// The seeded offers are only realistic if the catalog understands them the way a person would: every
/// hand-written offer and every composed one must be given the category it was written for. Throws if not.
/// </summary>
internal static class SeedTextCheck
{
    public static string Verify()
    {
        var checkedTexts = 0;
        foreach (var (category, texts) in OfferTexts.ByCategory)
        {
            foreach (var text in texts.Concat(OfferTexts.ComposedFor(category)))
            {
                var inferred = CategoryCatalog.Default.Analyze(text).Categories;
                if (!inferred.Contains(category))
                {
                    throw new InvalidOperationException($"\"{text}\" was written for {category} but is understood as {string.Join(", ", inferred)}.");
                }

                checkedTexts++;
            }
        }

        return $"Seed texts checked: all {checkedTexts} hand-written and composed offers are given the category they were written for.";
    }
}
