using CareBot.Simulation.Metrics;
using ScottPlot;

namespace CareBot.Simulation.Report;

/// <summary>
/// Load per helper, per policy: how many needs each member with an offer helped with over the run, busiest first (the
/// mean over seeds at each rank). A flat line is load shared evenly; a steep start is a few people carrying the group.
/// </summary>
internal static class HelperLoadChart
{
    public static byte[] Png(IReadOnlyList<PolicySummary> summaries)
    {
        using var plot = ChartStyle.NewPlot();
        for (var i = 0; i < summaries.Count; i++)
        {
            var byRank = MeanByRank(summaries[i].Runs);
            var xs = Enumerable.Range(1, byRank.Length).Select(r => (double)r).ToArray();
            var line = plot.Add.Scatter(xs, byRank);
            line.LegendText = $"{summaries[i].Policy}: Gini {summaries[i].HelperGini.Mean:0.00}, busiest 10 % gave {summaries[i].BusiestTenthShare.Mean:P0}";
            line.Color = ChartStyle.ColourOf(i);
            line.LineWidth = 2.5f;
            line.MarkerSize = 0;
        }

        var days = summaries[0].Runs[0].Days;
        plot.Title($"Needs helped with per member with an offer, over {days} days, busiest first (mean over seeds)", 15);
        plot.XLabel("members with an offer, from busiest to least busy");
        plot.YLabel("needs helped with");
        plot.Axes.SetLimitsY(0, summaries.Max(s => MeanByRank(s.Runs).FirstOrDefault()) * 1.08);
        plot.ShowLegend(Alignment.UpperRight);
        return ChartStyle.Png(plot, 960, 560);
    }

    /// <summary>The busiest member's helps averaged over seeds, then the second busiest's, and so on.</summary>
    private static double[] MeanByRank(IReadOnlyList<RunResult> runs)
    {
        var sorted = runs.Select(r => r.HelpsPerOfferer.OrderDescending().ToArray()).ToList();
        var length = sorted.Max(s => s.Length);
        return [.. Enumerable.Range(0, length).Select(rank => sorted.Average(s => rank < s.Length ? s[rank] : 0))];
    }
}
