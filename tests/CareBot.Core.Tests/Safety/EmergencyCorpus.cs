using CareBot.Core.Safety;

namespace CareBot.Core.Tests.Safety;

/// <summary>
/// Reads Corpus/emergencies.tsv: one need a line, "kind&lt;TAB&gt;text", kind being none or an emergency kind; and the
/// held-out Corpus/HeldOut/emergencies.tsv, "emergency" or "ordinary" a line, written by someone who never saw the
/// detector or the first corpus.
/// </summary>
internal static class EmergencyCorpus
{
    /// <summary>
    /// What the shipped danger meanings are learned from: the development corpus and Corpus/Training/emergencies.tsv
    /// (more of the same, written apart from both corpora), never the held-out one.
    /// </summary>
    public static IEnumerable<(string Label, string Text)> Training() =>
        Load().Concat(Load(Path.Combine("Training", "emergencies.tsv"))).Select(x => (x.Kind.ToString(), x.Text));

    public static IReadOnlyList<(bool Emergency, string Text)> HeldOut() =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Safety", "Corpus", "HeldOut", "emergencies.tsv"))
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t', 2))
            .Select(parts => (parts[0] == "emergency", parts[1]))];

    public static IReadOnlyList<(EmergencyKind Kind, string Text)> Load(string file = "emergencies.tsv") =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Safety", "Corpus", file))
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
