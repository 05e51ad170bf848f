namespace CareBot.Simulation.Metrics;

/// <summary>How unevenly a load is shared: the Gini coefficient, and the share carried by the busiest few.</summary>
internal static class Inequality
{
    /// <summary>
    /// The Gini coefficient: 0 when everyone carries the same, approaching 1 when one carries everything. Computed from
    /// the sorted values as (2 Σ i·x₍ᵢ₎) / (n Σ x) − (n + 1) / n, with i from 1; 0 for no load at all.
    /// </summary>
    public static double Gini(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var total = sorted.Sum();
        if (sorted.Length == 0 || total <= 0)
        {
            return 0;
        }

        var weighted = 0.0;
        for (var i = 0; i < sorted.Length; i++)
        {
            weighted += (i + 1) * sorted[i];
        }

        var n = sorted.Length;
        return 2 * weighted / (n * total) - (n + 1.0) / n;
    }

    /// <summary>
    /// The share of the whole load carried by the busiest <paramref name="fraction"/> of people (rounded up, at least one);
    /// 0 for no load at all.
    /// </summary>
    public static double ShareOfBusiest(IEnumerable<double> values, double fraction)
    {
        var sorted = values.OrderDescending().ToArray();
        var total = sorted.Sum();
        if (sorted.Length == 0 || total <= 0)
        {
            return 0;
        }

        var busiest = Math.Max(1, (int)Math.Ceiling(sorted.Length * fraction));
        return sorted.Take(busiest).Sum() / total;
    }
}
