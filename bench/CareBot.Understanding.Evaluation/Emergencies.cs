using CareBot.Core.Safety;
using CareBot.Core.Understanding;

namespace CareBot.Understanding.Evaluation;

/// <summary>
/// Recall and false alarms of the emergency readers: the cues alone, and the cues or the meaning (which is learned from
/// the development corpus, so there it is scored leaving each text out of its own neighbours), at several margins.
/// </summary>
internal static class Emergencies
{
    public static void Table(IReadOnlyList<(string Label, string Text)> development, IReadOnlyList<(bool Emergency, string Text)> heldOut, IReadOnlyDictionary<string, SemanticVector> meanings)
    {
        var labelled = development.Select(e => (Emergency: e.Label != nameof(EmergencyKind.None), e.Text, Kind: Enum.Parse<EmergencyKind>(e.Label))).ToList();
        var full = EmergencyMeanings.FromVectors(labelled.Select(e => (e.Kind, meanings[e.Text])));
        Console.WriteLine("| reader | corpus | emergencies | ordinary | caught | false alarms |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: |");
        Row("cues", "development", labelled.Select(e => (e.Emergency, Found: Cues(e.Text))));
        Row("cues", "held-out", heldOut.Select(e => (e.Emergency, Found: Cues(e.Text))));
        foreach (var margin in new[] { 0.02f, 0.025f, 0.03f, 0.035f, 0.04f, 0.05f, 0.06f, 0.08f })
        {
            var name = $"cues or meaning, margin {margin:0.000}" + (margin == EmergencyMeanings.Margin ? " (CareBot)" : "");
            Row(name, "development, each text left out", labelled.Select((e, i) => (e.Emergency, Found: Cues(e.Text) || LeftOut(labelled, i, meanings).Assess(meanings[e.Text], margin).IsEmergency)));
            Row(name, "held-out", heldOut.Select(e => (e.Emergency, Found: Cues(e.Text) || full.Assess(meanings[e.Text], margin).IsEmergency)));
        }
    }

    private static bool Cues(string text) => EmergencyDetector.Default.Assess(text).IsEmergency;

    private static EmergencyMeanings LeftOut(List<(bool Emergency, string Text, EmergencyKind Kind)> labelled, int left, IReadOnlyDictionary<string, SemanticVector> meanings) =>
        EmergencyMeanings.FromVectors(labelled.Where((_, i) => i != left).Select(e => (e.Kind, meanings[e.Text])));

    private static void Row(string reader, string corpus, IEnumerable<(bool Emergency, bool Found)> results)
    {
        var list = results.ToList();
        var emergencies = list.Count(r => r.Emergency);
        var ordinary = list.Count - emergencies;
        var caught = (double)list.Count(r => r.Emergency && r.Found) / emergencies;
        var falseAlarms = (double)list.Count(r => !r.Emergency && r.Found) / ordinary;
        Console.WriteLine($"| {reader} | {corpus} | {emergencies} | {ordinary} | {caught:P1} | {falseAlarms:P1} |");
    }
}
