using CareBot.Simulation.Metrics;
using CareBot.Simulation.Tests.Support;

namespace CareBot.Simulation.Tests;

/// <summary>Short runs of a small community on the real engine: reproducible, and telling the policies apart.</summary>
public sealed class SimulationRunTests(SmallCommunityRuns runs) : IClassFixture<SmallCommunityRuns>
{
    [Fact]
    public async Task The_same_seed_gives_the_same_result()
    {
        var first = await runs.CareBot;
        var second = await runs.CareBotAgain;

        Assert.True(first.NeedsPosted > 5, $"only {first.NeedsPosted} needs posted");
        Assert.Equal(Describe(first), Describe(second));
    }

    [Fact]
    public void Another_seed_gives_another_community() =>
        Assert.NotEqual(
            SmallCommunityRuns.Community(4).Needs.Select(n => n.Command),
            SmallCommunityRuns.Community(5).Needs.Select(n => n.Command));

    [Fact]
    public async Task Broadcast_sends_more_private_pings_than_CareBot()
    {
        var carebot = await runs.CareBot;
        var broadcast = await runs.Broadcast;

        Assert.Equal(carebot.NeedsPosted, broadcast.NeedsPosted);
        Assert.True(broadcast.Pings > carebot.Pings, $"broadcast {broadcast.Pings} pings, CareBot {carebot.Pings}");
    }

    [Fact]
    public async Task Every_planned_need_reaches_the_engine_which_asks_members_and_some_needs_are_met()
    {
        var result = await runs.CareBot;

        Assert.Equal(0, result.NotPosted);
        Assert.Equal(SmallCommunityRuns.Community(SmallCommunityRuns.Seed).Needs.Count, result.NeedsPosted);
        Assert.True(result.Pings > 0, "the engine asked nobody privately");
        Assert.True(result.MetByDay[^1] > 0, "no need was met in a week");
    }

    private static string Describe(RunResult r) =>
        $"{r.NeedsPosted} {r.NeedsJudged} {r.NeedsMet} {r.Drifted} {r.LateAnswers} [{string.Join(',', r.HoursToClaim)}] [{string.Join(',', r.PingsPerWeek)}] " +
        $"[{string.Join(',', r.HelpsPerOfferer)}] [{string.Join(',', r.MetByDay)}]";
}
