namespace CareBot.Simulation.Metrics;

/// <summary>
/// What one policy did for one seeded community. Needs are judged when their deadline (their "by" day, or the group's
/// expiry for those without one) fell inside the run, so every judged need had its whole chance. Pings and helps are
/// counted per member with an offer: the people any policy can ask.
/// </summary>
internal sealed record RunResult(
    string Policy,
    int Seed,
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

    public double BusiestTenthShare => Inequality.ShareOfBusiest(HelpsPerOfferer, 0.1);

    public int Pings => (int)Math.Round(PingsPerWeek.Sum() * Days / 7.0);
}
