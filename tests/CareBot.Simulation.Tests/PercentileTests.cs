using CareBot.Simulation.Metrics;

namespace CareBot.Simulation.Tests;

/// <summary>Percentiles as spreadsheets and NumPy compute them by default, on values whose answers are known.</summary>
public sealed class PercentileTests
{
    [Theory]
    [InlineData(new double[] { 3, 1, 2 }, 0.5, 2.0)]
    [InlineData(new double[] { 4, 1, 3, 2 }, 0.5, 2.5)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.9, 9.1)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.0, 1.0)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 1.0, 10.0)]
    [InlineData(new double[] { 7 }, 0.9, 7.0)]
    public void Percentiles_of_known_values(double[] values, double share, double expected) =>
        Assert.Equal(expected, Percentile.Of(values, share), precision: 10);

    [Fact]
    public void No_values_have_no_median() => Assert.True(double.IsNaN(Percentile.Median([])));
}
