using CareBot.Core.Understanding;

namespace CareBot.Understanding.Evaluation;

/// <summary>Writes the shipped category meanings (src/CareBot.Understanding.MiniLM/Meanings/en.tsv) from the training texts.</summary>
internal static class Export
{
    public static void Write(IReadOnlyList<(string Category, string Text)> training, IReadOnlyDictionary<string, SemanticVector> meanings)
    {
        var root = new DirectoryInfo(Environment.CurrentDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "CareBot.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            Console.Error.WriteLine("Run this inside the CareBot repository: CareBot.sln was not found above the current folder.");
            return;
        }

        var path = Path.Combine(root.FullName, "src", "CareBot.Understanding.MiniLM", "Meanings", "en.tsv");
        using (var writer = new StreamWriter(path))
        {
            CategoryMeaningsFile.Write(writer, CategoryMeaningsFile.Fingerprint(training), training.Select(e => (e.Category, meanings[e.Text])));
        }

        Console.WriteLine($"Wrote {training.Count} category examples to {path}.");
    }
}
