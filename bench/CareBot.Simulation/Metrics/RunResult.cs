namespace CareBot.Simulation.Metrics;

/// <summary>
/// What one policy did for one seeded community. Needs are judged when their deadline (their "by" day, or the group's
/// expiry for those without one) fell inside the run, so every judged need had its whole chance. Pings and helps are
/// counted per member with an offer: the people any policy can ask.
/// </summary>
internal sealed record RunResult(
    string Policy,
    int Seed,
    int Members,
    int Days,
    int NeedsPosted,
    int NeedsJudged,
    int NeedsMet,
    IReadOnlyList<double> HoursToClaim,
    IReadOnlyList<double> PingsPerWeek,
    IReadOnlyList<double> HelpsPerOfferer,
    int Drifted,
    int OverloadBreaks,
    int LateAnswers,
    int NotPosted,
    IReadOnlyList<int> MetByDay,
    IReadOnlyList<int> PostedByDay,
    TimeSpan WallTime)
{
    public double MetShare => NeedsJudged == 0 ? 0 : (double)NeedsMet / NeedsJudged;

    public double MedianHoursToClaim => Percentile.Median(HoursToClaim);

    public double P90HoursToClaim => Percentile.Of(HoursToClaim, 0.9);

    public double PingsPerWeekMean => PingsPerWeek.Count == 0 ? 0 : PingsPerWeek.Average();

    public double PingsPerWeekMedian => Percentile.Median(PingsPerWeek);

    public double PingsPerWeekMax => PingsPerWeek.Count == 0 ? 0 : PingsPerWeek.Max();

    public double HelperGini => Inequality.Gini(HelpsPerOfferer);

    /// <summary>The Gini among those who helped at least once: how evenly the work fell on the people who took any on.</summary>
    public double ActiveHelperGini => Inequality.Gini(HelpsPerOfferer.Where(h => h > 0));

    /// <summary>
    /// The Gini the same number of helps would have if each had gone to a member with an offer chosen purely at random:
    /// with few helps per person, chance alone makes load look uneven, so this is what "as even as luck" reads as.
    /// </summary>
    public double ChanceGini => Inequality.ChanceGini((int)HelpsPerOfferer.Sum(), HelpsPerOfferer.Count);

    /// <summary>How unevenly the asking itself fell on members with offers: what relevance and fairness order together decide.</summary>
    public double PingGini => Inequality.Gini(PingsPerWeek);

    public double BusiestTenthShare => Inequality.ShareOfBusiest(HelpsPerOfferer, 0.1);

    public int Pings => (int)Math.Round(PingsPerWeek.Sum() * Days / 7.0);
}
