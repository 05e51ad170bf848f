using System.Globalization;
using System.Text;
using CareBot.Simulation.Metrics;
using CareBot.Simulation.Model;
using CareBot.Simulation.Policies;
using CareBot.Simulation.Report;

namespace CareBot.Simulation.Running;

/// <summary>
/// A small sweep of CareBot's defaults (wave size, wave hours, daily limit, the cap of members who keep the default),
/// each on the same seeded communities as broadcast, to find settings that meet the goal if the current ones don't. The
/// first round (3 seeds) tried waves of 1 to 3 at 4 to 12 hours, daily limits of 3 and 5 and caps of 1 and 2; this list
/// keeps the neighbourhood of what met the ping goal there, for a round on more seeds.
/// </summary>
internal static class DefaultsSweep
{
    /// <summary>
    /// The engine's defaults before this sweep (waves of 3 every 12 hours) first, then smaller and quicker waves, lower
    /// limits and caps, and mixes of them; 1 every 3 hours is the default the sweep chose (docs/care-outcomes.md).
    /// </summary>
    public static IReadOnlyList<AskingPolicy> Candidates { get; } =
    [
        Candidate(3, 12, 5, 2),
        Candidate(3, 6, 5, 2),
        Candidate(3, 12, 3, 2),
        Candidate(3, 12, 5, 1),
        Candidate(2, 12, 5, 2),
        Candidate(2, 8, 5, 2),
        Candidate(2, 6, 5, 2),
        Candidate(2, 4, 5, 2),
        Candidate(2, 4, 3, 1),
        Candidate(2, 3, 5, 2),
        Candidate(1, 12, 5, 2),
        Candidate(1, 8, 5, 2),
        Candidate(1, 6, 5, 2),
        Candidate(1, 4, 5, 2),
        Candidate(1, 4, 3, 1),
        Candidate(1, 3, 5, 2),
        Candidate(1, 2, 5, 2),
    ];

    public static async Task RunAsync(SimulationModel model, int members, int days, IReadOnlyList<int> seeds, TextWriter output, TextWriter progress, CancellationToken cancellationToken)
    {
        var summaries = await Comparison.RunAsync(model, [AskingPolicy.Broadcast, .. Candidates], members, days, seeds, progress, cancellationToken);
        output.WriteLine(Table(summaries[0], summaries.Skip(1).ToList()));
    }

    public static string Table(PolicySummary broadcast, IReadOnlyList<PolicySummary> candidates)
    {
        var table = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Broadcast on the same communities: {broadcast.MetShare.Mean:P1} of needs met, {broadcast.PingsPerWeekMean.Mean:0.00} pings per member per week.")
            .AppendLine()
            .AppendLine("| CareBot with | needs met | pings / member / week | broadcast ÷ this | Gini of helper load | by chance alone | Gini of pings | help by the busiest 10 % | median h to a claim | p90 h | drifted away | goal |")
            .AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var c in candidates)
        {
            var (metOk, ratio, ratioOk, giniOk) = GoalCheck.Check(c, broadcast);
            var goal = metOk && ratioOk && giniOk ? "**met**" : "missed: " + string.Join(", ", new[] { metOk ? null : "needs", ratioOk ? null : "pings", giniOk ? null : "Gini" }.OfType<string>());
            table.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {c.Settings} | {c.MetShare.Format("0.0", 100)} % | {c.PingsPerWeekMean.Format("0.00")} | {ratio:0.0}× | {c.HelperGini.Format("0.00")} | {c.ChanceGini.Format("0.00")} | {c.PingGini.Format("0.00")} " +
                $"| {c.BusiestTenthShare.Format("0", 100)} % | {c.MedianHoursToClaim.Format("0.0")} | {c.P90HoursToClaim.Format("0.0")} | {c.Drifted.Format("0.0")} | {goal} |");
        }

        return table.ToString();
    }

    private static AskingPolicy Candidate(int waveSize, int waveHours, int dailyLimit, int cap) =>
        new($"CareBot {waveSize}/{waveHours}h/{dailyLimit}/cap {cap}", waveSize, waveHours, dailyLimit, cap);
}
