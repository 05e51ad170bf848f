using System.Globalization;
using System.Text;
using CareBot.Simulation.Metrics;

namespace CareBot.Simulation.Report;

/// <summary>
/// Issue 13's goal, checked on the means over seeds: CareBot meets at least as many needs as broadcast, with at least
/// 5× fewer private pings per member and a Gini of helper load below 0.3.
/// </summary>
internal static class GoalCheck
{
    public const double PingRatioWanted = 5;
    public const double GiniWanted = 0.3;

    public static string Describe(IReadOnlyList<PolicySummary> summaries)
    {
        var carebot = summaries.FirstOrDefault(s => s.Policy == "CareBot");
        var broadcast = summaries.FirstOrDefault(s => s.Policy == "Broadcast");
        if (carebot is null || broadcast is null)
        {
            return "(the goal compares CareBot with Broadcast: run both to check it)";
        }

        var (metOk, ratio, ratioOk, giniOk) = Check(carebot, broadcast);
        return new StringBuilder()
            .AppendLine("Goal (means over seeds):")
            .AppendLine(CultureInfo.InvariantCulture, $"- needs met: CareBot {carebot.MetShare.Mean:P1} vs broadcast {broadcast.MetShare.Mean:P1}: {(metOk ? "met" : "NOT met")}")
            .AppendLine(CultureInfo.InvariantCulture, $"- pings per member per week: broadcast / CareBot = {ratio:0.0}× (wanted ≥ {PingRatioWanted}×): {(ratioOk ? "met" : "NOT met")}")
            .AppendLine(CultureInfo.InvariantCulture, $"- Gini of helper load: CareBot {carebot.HelperGini.Mean:0.00} (wanted < {GiniWanted}): {(giniOk ? "met" : "NOT met")}")
            .ToString();
    }

    public static (bool MetOk, double PingRatio, bool RatioOk, bool GiniOk) Check(PolicySummary carebot, PolicySummary broadcast)
    {
        var ratio = broadcast.PingsPerWeekMean.Mean / carebot.PingsPerWeekMean.Mean;
        return (carebot.MetShare.Mean >= broadcast.MetShare.Mean, ratio, ratio >= PingRatioWanted, carebot.HelperGini.Mean < GiniWanted);
    }
}
