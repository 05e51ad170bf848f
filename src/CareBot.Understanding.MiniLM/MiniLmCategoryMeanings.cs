using CareBot.Core.Understanding;

namespace CareBot.Understanding.MiniLM;

/// <summary>
/// What the categories mean to all-MiniLM-L6-v2, learned from the English vocabulary's examples and the labelled
/// development corpus, and shipped in this assembly so that start-up does not encode hundreds of texts.
/// Made with <c>dotnet run -c Release --project bench/CareBot.Understanding.Evaluation -- export</c>; a test fails
/// when the texts change and the file was not made again.
/// </summary>
public static class MiniLmCategoryMeanings
{
    private const string Resource = "CareBot.Understanding.MiniLM.Meanings.en.tsv";

    private static readonly Lazy<(string Fingerprint, CategoryMeanings Meanings)> Shipped = new(Load);

    public static CategoryMeanings English => Shipped.Value.Meanings;

    /// <summary>The fingerprint of the texts the shipped meanings were learned from.</summary>
    public static string EnglishFingerprint => Shipped.Value.Fingerprint;

    private static (string, CategoryMeanings) Load()
    {
        using var stream = typeof(MiniLmCategoryMeanings).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The build lacks the resource {Resource}.");
        using var reader = new StreamReader(stream);
        var (fingerprint, examples) = CategoryMeaningsFile.Read(reader);
        return (fingerprint, CategoryMeanings.FromVectors(examples));
    }
}
