using CareBot.Core.Safety;

namespace CareBot.Core.Tests.Safety;

/// <summary>Reads Corpus/emergencies.tsv: one need a line, "kind&lt;TAB&gt;text", kind being none or an emergency kind.</summary>
internal static class EmergencyCorpus
{
    public static IReadOnlyList<(EmergencyKind Kind, string Text)> Load() =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Safety", "Corpus", "emergencies.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2))
            .Select(parts => (KindOf(parts[0]), parts[1]))];

    private static EmergencyKind KindOf(string label) => label switch
    {
        "none" => EmergencyKind.None,
        "medical" => EmergencyKind.Medical,
        "overdose" => EmergencyKind.Overdose,
        "suicide" => EmergencyKind.SuicideOrSelfHarm,
        "violence" => EmergencyKind.Violence,
        "fire" => EmergencyKind.FireOrGas,
        "missing" => EmergencyKind.Missing,
        _ => throw new InvalidDataException($"Unknown kind '{label}' in the emergency corpus."),
    };
}
