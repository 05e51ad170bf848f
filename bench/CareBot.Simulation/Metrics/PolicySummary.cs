namespace CareBot.Simulation.Metrics;

/// <summary>One policy's runs over every seed, each figure as mean and spread.</summary>
internal sealed record PolicySummary(string Policy, string Settings, IReadOnlyList<RunResult> Runs)
{
    public Spread MetShare => Of(r => r.MetShare);

    public Spread MedianHoursToClaim => Of(r => r.MedianHoursToClaim);

    public Spread P90HoursToClaim => Of(r => r.P90HoursToClaim);

    public Spread PingsPerWeekMean => Of(r => r.PingsPerWeekMean);

    public Spread PingsPerWeekMedian => Of(r => r.PingsPerWeekMedian);

    public Spread PingsPerWeekMax => Of(r => r.PingsPerWeekMax);

    public Spread BusiestTenthShare => Of(r => r.BusiestTenthShare);

    public Spread HelperGini => Of(r => r.HelperGini);

    public Spread ActiveHelperGini => Of(r => r.ActiveHelperGini);

    public Spread ChanceGini => Of(r => r.ChanceGini);

    public Spread PingGini => Of(r => r.PingGini);

    public Spread Drifted => Of(r => r.Drifted);

    public Spread OverloadBreaks => Of(r => r.OverloadBreaks);

    public Spread LateAnswers => Of(r => r.LateAnswers);

    public Spread NeedsJudged => Of(r => r.NeedsJudged);

    public Spread NeedsMet => Of(r => r.NeedsMet);

    public Spread WallSeconds => Of(r => r.WallTime.TotalSeconds);

    private Spread Of(Func<RunResult, double> figure) => Spread.Of(Runs.Select(figure));
}
