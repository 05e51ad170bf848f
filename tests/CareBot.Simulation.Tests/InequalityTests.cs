using CareBot.Simulation.Metrics;

namespace CareBot.Simulation.Tests;

/// <summary>The Gini coefficient and the busiest tenth's share, on loads whose answers are known by hand.</summary>
public sealed class InequalityTests
{
    [Theory]
    [InlineData(new double[] { 1, 1, 1, 1 }, 0.0)]
    [InlineData(new double[] { 0, 0, 0, 1 }, 0.75)]
    [InlineData(new double[] { 4, 1, 3, 2 }, 0.25)]
    [InlineData(new double[] { 0, 0, 0, 0 }, 0.0)]
    [InlineData(new double[] { }, 0.0)]
    [InlineData(new double[] { 5 }, 0.0)]
    public void Gini_of_known_loads(double[] loads, double expected) =>
        Assert.Equal(expected, Inequality.Gini(loads), precision: 10);

    [Fact]
    public void Gini_does_not_depend_on_order_or_scale()
    {
        double[] loads = [3, 0, 7, 1, 1, 2];

        Assert.Equal(Inequality.Gini(loads), Inequality.Gini(loads.Reverse()), precision: 12);
        Assert.Equal(Inequality.Gini(loads), Inequality.Gini(loads.Select(l => l * 10)), precision: 12);
    }

    [Fact]
    public void The_busiest_tenth_of_ten_is_the_one_who_carries_most()
    {
        double[] loads = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

        Assert.Equal(10.0 / 55, Inequality.ShareOfBusiest(loads, 0.1), precision: 12);
    }

    [Fact]
    public void The_busiest_tenth_rounds_up_to_whole_people()
    {
        // A tenth of 15 people is 1.5: the busiest two.
        double[] loads = [9, 6, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2];

        Assert.Equal(15.0 / 29, Inequality.ShareOfBusiest(loads, 0.1), precision: 12);
    }

    [Fact]
    public void With_no_load_nobody_carries_a_share() => Assert.Equal(0, Inequality.ShareOfBusiest([0, 0, 0], 0.1));
}
