using CareBot.Simulation.Metrics;

namespace CareBot.Simulation.Report;

/// <summary>The two pictures of a comparison, written as PNGs.</summary>
internal static class Charts
{
    public static IReadOnlyList<string> Write(IReadOnlyList<PolicySummary> summaries, string folder)
    {
        var needsMet = Path.Combine(folder, "care-outcomes-needs-met.png");
        File.WriteAllBytes(needsMet, NeedsMetChart.Png(summaries));
        var load = Path.Combine(folder, "care-outcomes-helper-load.png");
        File.WriteAllBytes(load, HelperLoadChart.Png(summaries));
        return [needsMet, load];
    }
}
