using CareBot.Simulation.Metrics;
using ScottPlot;

namespace CareBot.Simulation.Report;

/// <summary>
/// Needs met over the run, per policy: the mean over seeds of how many needs had been met by each day, with a band from
/// the lowest to the highest seed, against the needs posted so far.
/// </summary>
internal static class NeedsMetChart
{
    public static byte[] Png(IReadOnlyList<PolicySummary> summaries)
    {
        using var plot = ChartStyle.NewPlot();
        var days = summaries[0].Runs[0].Days;
        var xs = Enumerable.Range(1, days).Select(d => (double)d).ToArray();
        var posted = plot.Add.Scatter(xs, Mean(summaries[0].Runs.Select(r => r.PostedByDay)));
        posted.LegendText = "needs posted";
        posted.Color = ChartStyle.Muted;
        posted.LinePattern = LinePattern.Dashed;
        posted.LineWidth = 2;
        posted.MarkerSize = 0;

        for (var i = 0; i < summaries.Count; i++)
        {
            var runs = summaries[i].Runs;
            var colour = ChartStyle.ColourOf(i);
            var band = plot.Add.FillY(xs, Lowest(runs.Select(r => r.MetByDay)), Highest(runs.Select(r => r.MetByDay)));
            band.FillColor = colour.WithAlpha(0.18);
            band.LineWidth = 0;
            var line = plot.Add.Scatter(xs, Mean(runs.Select(r => r.MetByDay)));
            line.LegendText = $"{summaries[i].Policy}: {summaries[i].MetShare.Mean:P0} met by their day";
            line.Color = colour;
            line.LineWidth = 2.5f;
            line.MarkerSize = 0;
        }

        var seeds = summaries[0].Runs.Count;
        plot.Title($"Needs met over {days} days by a group of {summaries[0].Runs[0].Members} (mean of {seeds} seed{(seeds == 1 ? "" : "s")}; band: lowest to highest seed)", 15);
        plot.XLabel("day");
        plot.YLabel("needs met so far");
        plot.Axes.SetLimitsX(0, days);
        plot.Axes.SetLimitsY(0, posted.Data.GetScatterPoints().Max(p => p.Y) * 1.05);
        plot.ShowLegend(Alignment.UpperLeft);
        return ChartStyle.Png(plot, 960, 560);
    }

    private static double[] Mean(IEnumerable<IReadOnlyList<int>> series) => Combine(series, values => values.Average());

    private static double[] Lowest(IEnumerable<IReadOnlyList<int>> series) => Combine(series, values => values.Min());

    private static double[] Highest(IEnumerable<IReadOnlyList<int>> series) => Combine(series, values => values.Max());

    private static double[] Combine(IEnumerable<IReadOnlyList<int>> series, Func<IEnumerable<double>, double> combine)
    {
        var all = series.ToList();
        return [.. Enumerable.Range(0, all[0].Count).Select(day => combine(all.Select(s => (double)s[day])))];
    }
}
