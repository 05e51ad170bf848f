using CareBot.Core.Understanding;

namespace CareBot.Understanding.Evaluation;

/// <summary>Writes shipped meanings (src/CareBot.Understanding.MiniLM/Meanings/) from labelled training texts.</summary>
internal static class Export
{
    public static void Write(string name, IReadOnlyList<(string Label, string Text)> training, IReadOnlyDictionary<string, SemanticVector> meanings)
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

        var path = Path.Combine(root.FullName, "src", "CareBot.Understanding.MiniLM", "Meanings", name);
        using (var writer = new StreamWriter(path))
        {
            LabelledMeaningsFile.Write(writer, LabelledMeaningsFile.Fingerprint(training), training.Select(e => (e.Label, meanings[e.Text])));
        }

        Console.WriteLine($"Wrote {training.Count} labelled meanings to {path}.");
    }
}
