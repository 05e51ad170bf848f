using MathNet.Numerics.Statistics;

namespace CareBot.Simulation.Metrics;

/// <summary>One figure over several seeds: its mean, standard deviation, lowest and highest.</summary>
internal sealed record Spread(double Mean, double StandardDeviation, double Min, double Max)
{
    public static Spread Of(IEnumerable<double> values)
    {
        var data = values.Where(v => !double.IsNaN(v)).ToArray();
        if (data.Length == 0)
        {
            return new Spread(double.NaN, double.NaN, double.NaN, double.NaN);
        }

        return new Spread(data.Mean(), data.Length > 1 ? data.StandardDeviation() : 0, data.Min(), data.Max());
    }

    /// <summary>"0.93 ± 0.02" in the given format, with "±" the standard deviation over seeds.</summary>
    public string Format(string format, double scale = 1) =>
        double.IsNaN(Mean) ? "–" : $"{(Mean * scale).ToString(format, System.Globalization.CultureInfo.InvariantCulture)} ± {(StandardDeviation * scale).ToString(format, System.Globalization.CultureInfo.InvariantCulture)}";
}
