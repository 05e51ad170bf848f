using MathNet.Numerics.Statistics;

namespace CareBot.Simulation.Metrics;

/// <summary>Percentiles as spreadsheets and NumPy compute them by default (linear between the nearest ranks, R type 7).</summary>
internal static class Percentile
{
    /// <summary>The value below which <paramref name="share"/> (0 to 1) of the values lie; NaN when there are none.</summary>
    public static double Of(IEnumerable<double> values, double share)
    {
        var data = values.ToArray();
        return data.Length == 0 ? double.NaN : Statistics.QuantileCustom(data, share, QuantileDefinition.R7);
    }

    public static double Median(IEnumerable<double> values) => Of(values, 0.5);
}
