using System.Globalization;
using CareBot.Core.Tests.Support;
using CareBot.Understanding.MiniLM;
using CareBot.Core.Understanding;
using Xunit.Abstractions;

namespace CareBot.Core.Tests.Safety;

/// <summary>
/// Danger read as CareBot reads it (cues, then meaning) on Corpus/HeldOut/emergencies.tsv: written by someone who never
/// saw the detector or its corpora, and never learned from. The goals: at least 95 % of emergencies caught, at most 5 %
/// false alarms. Every mistake is printed.
/// </summary>
public sealed class HeldOutEmergencyTests(ITestOutputHelper output)
{
    [Fact]
    public void Text_nobody_tuned_on_is_caught_as_often_and_raises_as_few_false_alarms()
    {
        var corpus = EmergencyCorpus.HeldOut();
        var understanding = SentenceModel.Understanding;
        var found = corpus.Select(x => (x.Emergency, x.Text, Found: understanding.Emergency(x.Text, understanding.Read(x.Text, "en", CancellationToken.None)).IsEmergency)).ToList();
        var missed = found.Where(x => x.Emergency && !x.Found).ToList();
        var falseAlarms = found.Where(x => !x.Emergency && x.Found).ToList();

        var emergencies = corpus.Count(x => x.Emergency);
        var recall = 1 - ((double)missed.Count / emergencies);
        var falseAlarmRate = (double)falseAlarms.Count / (corpus.Count - emergencies);
        output.WriteLine($"{emergencies} emergencies, {corpus.Count - emergencies} ordinary needs: recall {Percent(recall)}, false alarms {Percent(falseAlarmRate)}");
        missed.ForEach(x => output.WriteLine($"MISSED: {x.Text}"));
        falseAlarms.ForEach(x => output.WriteLine($"FALSE ALARM: {x.Text}"));

        Assert.True(recall >= 0.95, $"Recall {Percent(recall)} is under 95 %.");
        Assert.True(falseAlarmRate <= 0.05, $"False alarms {Percent(falseAlarmRate)} are over 5 %.");
    }

    [Fact]
    public void The_shipped_danger_meanings_were_learned_from_the_current_corpus()
    {
        Assert.True(
            LabelledMeaningsFile.Fingerprint(EmergencyCorpus.Training()) == MiniLmMeanings.EmergenciesFingerprint,
            "The emergency training texts changed since the shipped meanings were learned. Learn them again: " +
            "dotnet run -c Release --project bench/CareBot.Understanding.Evaluation -- export");
    }

    private static string Percent(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);
}
