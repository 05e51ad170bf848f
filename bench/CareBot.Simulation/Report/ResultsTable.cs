using System.Globalization;
using System.Text;
using CareBot.Simulation.Metrics;

namespace CareBot.Simulation.Report;

/// <summary>The results as a Markdown table: one row per policy, each figure the mean ± standard deviation over seeds.</summary>
internal static class ResultsTable
{
    public static string Markdown(IReadOnlyList<PolicySummary> summaries)
    {
        var table = new StringBuilder()
            .AppendLine("Care: what happened to the needs")
            .AppendLine()
            .AppendLine("| policy | settings | needs met by their day | median h to a claim | p90 h to a claim | late \"I can help\" (already taken) | seconds per run |")
            .AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var s in summaries)
        {
            table.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {s.Policy} | {s.Settings} | {s.MetShare.Format("0.0", 100)} % ({s.NeedsMet.Format("0")} of {s.NeedsJudged.Format("0")}) | {s.MedianHoursToClaim.Format("0.0")} " +
                $"| {s.P90HoursToClaim.Format("0.0")} | {s.LateAnswers.Format("0")} | {s.WallSeconds.Format("0.0")} |");
        }

        table.AppendLine()
            .AppendLine("Load: what it cost the members with offers")
            .AppendLine()
            .AppendLine("| policy | pings / member / week: mean | median | max | help given by the busiest 10 % | Gini of helper load | Gini by chance alone | Gini among those who helped | drifted away | weeks off from overload |")
            .AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var s in summaries)
        {
            table.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {s.Policy} | {s.PingsPerWeekMean.Format("0.00")} | {s.PingsPerWeekMedian.Format("0.00")} | {s.PingsPerWeekMax.Format("0.0")} | {s.BusiestTenthShare.Format("0", 100)} % " +
                $"| {s.HelperGini.Format("0.00")} | {s.ChanceGini.Format("0.00")} | {s.ActiveHelperGini.Format("0.00")} | {s.Drifted.Format("0.0")} | {s.OverloadBreaks.Format("0.0")} |");
        }

        return table.ToString();
    }

    /// <summary>The lowest and highest of each run's key figures, for the spread the ± hides.</summary>
    public static string Ranges(IReadOnlyList<PolicySummary> summaries)
    {
        var table = new StringBuilder()
            .AppendLine("| policy | needs met, min–max | pings / member / week, min–max | Gini, min–max | drifted away, min–max | seconds per run, min–max |")
            .AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var s in summaries)
        {
            table.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {s.Policy} | {s.MetShare.Min * 100:0.0}–{s.MetShare.Max * 100:0.0} % | {s.PingsPerWeekMean.Min:0.00}–{s.PingsPerWeekMean.Max:0.00} " +
                $"| {s.HelperGini.Min:0.00}–{s.HelperGini.Max:0.00} | {s.Drifted.Min:0}–{s.Drifted.Max:0} | {s.WallSeconds.Min:0.0}–{s.WallSeconds.Max:0.0} |");
        }

        return table.ToString();
    }
}
