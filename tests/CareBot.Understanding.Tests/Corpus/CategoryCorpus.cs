namespace CareBot.Understanding.Tests.Corpus;

/// <summary>
/// The labelled needs and offers: <c>kind	intended	also	text</c> a line, <c>also</c> a comma-separated list or <c>-</c>.
/// <c>categories.tsv</c> is the corpus the rules were chosen on; <c>HeldOut/categories.tsv</c> was written by someone
/// who never saw the rules or the first corpus, to show how CareBot reads text it has never met.
/// </summary>
public static class CategoryCorpus
{
    public const string Development = "Corpus/categories.tsv";
    public const string HeldOut = "Corpus/HeldOut/categories.tsv";

    public static IReadOnlyList<LabelledText> Load(string relativePath, string? baseDirectory = null)
    {
        var path = Path.Combine(baseDirectory ?? AppContext.BaseDirectory, relativePath);
        return [.. File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith("kind\t", StringComparison.Ordinal))
            .Select(Parse)];
    }

    private static LabelledText Parse(string line)
    {
        var fields = line.Split('\t');
        if (fields.Length != 4)
        {
            throw new FormatException($"A corpus line needs four tab-separated fields: {line}");
        }

        var also = fields[2] == "-" ? [] : fields[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new LabelledText(fields[0], fields[1], also.ToHashSet(StringComparer.Ordinal), fields[3]);
    }
}
