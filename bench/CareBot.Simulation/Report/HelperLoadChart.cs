namespace CareBot.Simulation.Report;

internal static class HelperLoadChart
{
    public static byte[] Png(IReadOnlyList<Metrics.PolicySummary> summaries) => [];
}
