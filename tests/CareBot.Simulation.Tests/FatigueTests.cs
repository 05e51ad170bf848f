using CareBot.Simulation.Behaviour;
using CareBot.Simulation.Model;
using CareBot.Simulation.Tests.Support;

namespace CareBot.Simulation.Tests;

/// <summary>The fatigue model: a member asked very often is less likely to take the next request on, and past their tolerance risks leaving.</summary>
public sealed class FatigueTests
{
    private static readonly DateTimeOffset Saturday = new(2026, 1, 10, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_member_asked_very_often_is_less_likely_to_take_a_request_on()
    {
        var answers = new AnswerModel(SimulationModel.Default);
        var member = Members.Willing(0.6);

        var rested = answers.ClaimChance(member, Saturday, fits: true, askedTogether: 3, recentAsks: 1, sinceAskBefore: null, busy: false);
        var tired = answers.ClaimChance(member, Saturday, fits: true, askedTogether: 3, recentAsks: 12, sinceAskBefore: TimeSpan.FromHours(2), busy: false);

        Assert.True(tired < rested / 3, $"asked 12 times in a week: {tired:0.000}; asked once: {rested:0.000}");
    }

    [Fact]
    public void Each_request_beyond_the_free_ones_tires_a_little_more()
    {
        var fatigue = new Fatigue(SimulationModel.Default);
        var free = SimulationModel.Default.FreeAsksPerWeek;

        var factors = Enumerable.Range(0, 10).Select(asks => fatigue.Factor(asks, sinceAskBefore: null)).ToList();

        Assert.All(factors.Take(free + 1), f => Assert.Equal(1, f));
        Assert.All(factors.Skip(free).Zip(factors.Skip(free + 1)), pair => Assert.True(pair.Second < pair.First));
    }

    [Fact]
    public void Only_requests_in_the_last_week_count()
    {
        var now = Saturday;
        DateTimeOffset[] asked = [now.AddDays(-9), now.AddDays(-8), now.AddDays(-3), now.AddHours(-1), now];

        Assert.Equal(3, Fatigue.AsksInWindow(asked, now));
        Assert.Equal(TimeSpan.FromHours(1), Fatigue.GapBeforeLatest(asked, now));
    }

    [Fact]
    public void Requests_past_the_tolerance_are_the_ones_that_risk_a_break_or_leaving()
    {
        Assert.Equal(0, Fatigue.Excess(asksInWindow: 4, tolerance: 5));
        Assert.Equal(3, Fatigue.Excess(asksInWindow: 8, tolerance: 5));
    }

    [Fact]
    public void A_request_shared_with_many_is_less_likely_to_be_taken_on_than_one_to_a_few()
    {
        var answers = new AnswerModel(SimulationModel.Default);
        var member = Members.Willing(0.6);

        var toThree = answers.ClaimChance(member, Saturday, fits: true, askedTogether: 3, recentAsks: 1, sinceAskBefore: null, busy: false);
        var toForty = answers.ClaimChance(member, Saturday, fits: true, askedTogether: 40, recentAsks: 1, sinceAskBefore: null, busy: false);

        Assert.True(toForty < toThree);
    }
}
