using System.Globalization;
using CareBot.Core.Safety;
using Xunit.Abstractions;

namespace CareBot.Core.Tests.Safety;

/// <summary>
/// The detector on Corpus/HeldOut/emergencies.tsv: written by someone who never saw the detector or its corpus, to show
/// how it reads text it has never met. The same goals: at least 95 % of emergencies caught, at most 5 % false alarms.
/// </summary>
public sealed class HeldOutEmergencyTests(ITestOutputHelper output)
{
    [Fact]
    public void Text_nobody_tuned_on_is_caught_as_often_and_raises_as_few_false_alarms()
    {
        var corpus = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Safety", "Corpus", "HeldOut", "emergencies.tsv"))
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t', 2))
            .Select(parts => (Emergency: parts[0] == "emergency", Text: parts[1]))
            .ToList();
        var missed = corpus.Where(x => x.Emergency && !EmergencyDetector.Default.Assess(x.Text).IsEmergency).ToList();
        var falseAlarms = corpus.Where(x => !x.Emergency && EmergencyDetector.Default.Assess(x.Text).IsEmergency).ToList();

        var emergencies = corpus.Count(x => x.Emergency);
        var recall = 1 - ((double)missed.Count / emergencies);
        var falseAlarmRate = (double)falseAlarms.Count / (corpus.Count - emergencies);
        output.WriteLine($"{emergencies} emergencies, {corpus.Count - emergencies} ordinary needs: recall {Percent(recall)}, false alarms {Percent(falseAlarmRate)}");
        missed.ForEach(x => output.WriteLine($"MISSED: {x.Text}"));
        falseAlarms.ForEach(x => output.WriteLine($"FALSE ALARM: {x.Text}"));

        Assert.True(recall >= 0.95, $"Recall {Percent(recall)} is under 95 %.");
        Assert.True(falseAlarmRate <= 0.05, $"False alarms {Percent(falseAlarmRate)} are over 5 %.");
    }

    private static string Percent(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);
}
