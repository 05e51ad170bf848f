namespace CareBot.Simulation.Report;

internal static class NeedsMetChart
{
    public static byte[] Png(IReadOnlyList<Metrics.PolicySummary> summaries) => [];
}
