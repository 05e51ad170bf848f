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

    /// <summary>
    /// The mean Gini of <paramref name="helps"/> handed one by one to <paramref name="people"/> chosen uniformly at random
    /// (a fixed seed, so the figure is reproducible): the unevenness chance alone produces at that many helps per person.
    /// </summary>
    public static double ChanceGini(int helps, int people, int draws = 200)
    {
        if (helps == 0 || people == 0)
        {
            return 0;
        }

        var random = new Random(helps * 7919 + people);
        var loads = new double[people];
        var sum = 0.0;
        for (var draw = 0; draw < draws; draw++)
        {
            Array.Clear(loads);
            for (var i = 0; i < helps; i++)
            {
                loads[random.Next(people)]++;
            }

            sum += Gini(loads);
        }

        return sum / draws;
    }
}
