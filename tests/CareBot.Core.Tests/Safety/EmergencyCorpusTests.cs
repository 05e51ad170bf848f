using System.Globalization;
using CareBot.Core.Safety;
using Xunit.Abstractions;

namespace CareBot.Core.Tests.Safety;

/// <summary>
/// The detector against a labelled corpus written the way people type in a group chat: every emergency kind, and
/// ordinary needs that carry a trap word. Measures recall, false alarms and kind accuracy, and prints every mistake.
/// </summary>
public sealed class EmergencyCorpusTests(ITestOutputHelper output)
{
    private const double LeastRecall = 0.95;
    private const double MostFalseAlarms = 0.05;
    private const double LeastKindAccuracy = 0.90;

    [Fact]
    public void The_detector_catches_at_least_95_percent_of_emergencies_with_at_most_5_percent_false_alarms_and_names_the_kind()
    {
        var corpus = EmergencyCorpus.Load();
        var emergencies = corpus.Where(x => x.Kind != EmergencyKind.None).ToList();
        var ordinary = corpus.Where(x => x.Kind == EmergencyKind.None).ToList();
        var missed = emergencies.Where(x => !EmergencyDetector.Default.Assess(x.Text).IsEmergency).ToList();
        var falseAlarms = ordinary.Select(x => (x.Text, Found: EmergencyDetector.Default.Assess(x.Text))).Where(x => x.Found.IsEmergency).ToList();
        var wrongKind = emergencies.Select(x => (x.Text, x.Kind, Found: EmergencyDetector.Default.Assess(x.Text)))
            .Where(x => x.Found.IsEmergency && x.Found.Kind != x.Kind).ToList();

        var recall = 1 - ((double)missed.Count / emergencies.Count);
        var falseAlarmRate = (double)falseAlarms.Count / ordinary.Count;
        var kindAccuracy = 1 - ((double)(missed.Count + wrongKind.Count) / emergencies.Count);
        output.WriteLine($"{emergencies.Count} emergencies, {ordinary.Count} ordinary needs");
        output.WriteLine($"recall {Percent(recall)}, false alarms {Percent(falseAlarmRate)}, right kind {Percent(kindAccuracy)}");
        missed.ForEach(x => output.WriteLine($"MISSED ({x.Kind}): {x.Text}"));
        falseAlarms.ForEach(x => output.WriteLine($"FALSE ALARM ({x.Found.Kind}, {x.Found.Cue}): {x.Text}"));
        wrongKind.ForEach(x => output.WriteLine($"WRONG KIND ({x.Found.Kind} by {x.Found.Cue}, labelled {x.Kind}): {x.Text}"));

        Assert.True(emergencies.Count >= 180 && ordinary.Count >= 180, "The corpus needs at least 180 emergencies and 180 ordinary needs.");
        Assert.True(recall >= LeastRecall, $"Recall {Percent(recall)} is under {Percent(LeastRecall)}.");
        Assert.True(falseAlarmRate <= MostFalseAlarms, $"False alarms {Percent(falseAlarmRate)} are over {Percent(MostFalseAlarms)}.");
        Assert.True(kindAccuracy >= LeastKindAccuracy, $"Right kind {Percent(kindAccuracy)} is under {Percent(LeastKindAccuracy)}.");
    }

    [Fact]
    public void Every_emergency_kind_is_in_the_corpus()
    {
        var kinds = EmergencyCorpus.Load().Select(x => x.Kind).ToHashSet();

        Assert.Equal(Enum.GetValues<EmergencyKind>().ToHashSet(), kinds);
    }

    private static string Percent(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);
}
