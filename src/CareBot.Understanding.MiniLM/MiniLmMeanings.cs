using CareBot.Core.Categories;
using CareBot.Core.Safety;
using CareBot.Core.Understanding;

namespace CareBot.Understanding.MiniLM;

/// <summary>
/// What the categories, and danger, mean to all-MiniLM-L6-v2: the vectors of labelled English texts (the vocabulary's
/// examples and the development corpora in the tests), shipped in this assembly so that start-up encodes nothing.
/// Made with <c>dotnet run -c Release --project bench/CareBot.Understanding.Evaluation -- export</c>; a test fails when
/// the texts change and the files were not made again.
/// </summary>
public static class MiniLmMeanings
{
    private static readonly Lazy<(string Fingerprint, IReadOnlyList<(string Label, SemanticVector Vector)> Examples)> CategoryFile =
        new(() => Load("english-categories.tsv"));

    private static readonly Lazy<(string Fingerprint, IReadOnlyList<(string Label, SemanticVector Vector)> Examples)> EmergencyFile =
        new(() => Load("english-emergencies.tsv"));

    public static CategoryMeanings Categories => CategoryMeanings.FromVectors(CategoryFile.Value.Examples);

    public static string CategoriesFingerprint => CategoryFile.Value.Fingerprint;

    public static EmergencyMeanings Emergencies =>
        EmergencyMeanings.FromVectors(EmergencyFile.Value.Examples.Select(e => (Enum.Parse<EmergencyKind>(e.Label), e.Vector)));

    public static string EmergenciesFingerprint => EmergencyFile.Value.Fingerprint;

    /// <summary>How CareBot reads English with this model (or one that stands in for it): words, category meanings and danger.</summary>
    public static TextUnderstanding EnglishUnderstanding(ISentenceEncoder encoder) =>
        new(CategoryCatalog.Default, encoder, Categories, Emergencies);

    private static (string, IReadOnlyList<(string, SemanticVector)>) Load(string name)
    {
        var resource = $"CareBot.Understanding.MiniLM.Meanings.{name}";
        using var stream = typeof(MiniLmMeanings).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The build lacks the resource {resource}.");
        using var reader = new StreamReader(stream);
        return LabelledMeaningsFile.Read(reader);
    }
}
