namespace CareBot.Benchmarks;

/// <summary>
/// The seeded offers are only realistic if CareBot (words and meaning) understands them the way a person would: every
/// hand-written offer and every composed one should be given the category it was written for. Throws if more than one in 20 is not.
/// </summary>
internal static class SeedTextCheck
{
    public static string Verify()
    {
        var checkedTexts = 0;
        var misread = new List<string>();
        foreach (var (category, texts) in OfferTexts.ByCategory)
        {
            foreach (var text in texts.Concat(OfferTexts.ComposedFor(category)))
            {
                var inferred = BenchUnderstanding.Remembering.Read(text, "en", CancellationToken.None).Categories;
                if (!inferred.Contains(category))
                {
                    misread.Add($"\"{text}\" ({category}, understood as {string.Join(", ", inferred)})");
                }

                checkedTexts++;
            }
        }

        // The composed offers are synthetic ("happy to help with kindergarten"), so a few read as a neighbouring category;
        // what matters is that the seeded community spreads over every category as people's offers would.
        if (misread.Count > checkedTexts / 20)
        {
            throw new InvalidOperationException($"{misread.Count} of {checkedTexts} seed offers are misread, e.g. {string.Join("; ", misread.Take(5))}.");
        }

        return $"Seed texts checked: {checkedTexts - misread.Count} of {checkedTexts} hand-written and composed offers are given the category they were written for.";
    }
}
