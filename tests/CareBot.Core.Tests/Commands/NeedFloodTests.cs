using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Commands;

/// <summary>The needs-per-day agreement: one member's flood is slowed, kindly and privately; nobody else is.</summary>
public sealed class NeedFloodTests
{
    [Fact]
    public async Task Past_five_needs_in_a_day_the_next_is_not_posted_and_only_the_member_is_told_why()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments");
        for (var i = 1; i <= 5; i++)
        {
            await h.Say("alice", $"/need a ride to appointment number {i}");
        }

        h.Delivered();

        var refusal = await h.Refuses(x => x.Say("alice", "/need a ride to appointment number 6"));

        Assert.True(refusal.IsTo("alice"), $"The refusal went to the group: {refusal}");
        Assert.Contains("You've posted 5 needs since this time yesterday", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("You can post again from", refusal.Text, StringComparison.Ordinal);
        Assert.Empty(h.Delivered().InGroup());
        Assert.DoesNotContain(h.History.Asks(), a => a.Text.Contains("number 6", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Others_are_not_slowed_and_the_member_can_post_again_once_the_day_has_passed()
    {
        using var h = new EngineHarness();
        for (var i = 1; i <= 5; i++)
        {
            await h.Say("alice", $"/need help with chore number {i}");
        }

        await h.Refuses(x => x.Say("alice", "/need help with chore number 6"));

        await h.Accepts(x => x.Say("carol", "/need help carrying a sofa upstairs"));
        await h.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        var delivered = await h.Accepts(x => x.Say("alice", "/need help with chore number 6"));
        Assert.Contains(delivered.InGroup(), d => d.Text.Contains("chore number 6", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_member_past_the_limit_who_writes_about_danger_still_gets_the_emergency_numbers()
    {
        using var h = new EngineHarness();
        for (var i = 1; i <= 5; i++)
        {
            await h.Say("alice", $"/need help with chore number {i}");
        }

        h.Delivered();

        var delivered = await h.Accepts(x => x.Say("alice", "/need my partner hit me and I'm scared to go home"));

        Assert.Contains("emergency", Assert.Single(delivered.To("alice")).Text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(delivered.InGroup());
    }

    [Fact]
    public async Task The_group_can_agree_a_different_limit()
    {
        using var h = new EngineHarness();
        await h.Agree("needs-per-day", "2");
        await h.Say("alice", "/need help with chore number 1");
        await h.Say("alice", "/need help with chore number 2");

        await h.Refuses(x => x.Say("alice", "/need help with chore number 3"));
        Assert.Contains("Each member may post 2 needs a day", Assert.Single(await h.Accepts(x => x.Say("bob", "/agreements"))).Text, StringComparison.Ordinal);
    }
}
