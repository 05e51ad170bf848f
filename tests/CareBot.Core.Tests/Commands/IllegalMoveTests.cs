using CareBot.Core.Needs;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Commands;

/// <summary>Every illegal move gets a clear answer and changes nothing.</summary>
public sealed class IllegalMoveTests
{
    [Fact]
    public async Task Nobody_can_claim_their_own_need()
    {
        using var h = await RideAsked();

        var answer = await h.Refuses(x => x.Say("alice", "/claim 1"));

        Assert.Contains("#1 is your own need, so you can't claim it", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_passes_on_a_need_they_were_never_asked_about()
    {
        using var h = await RideAsked();
        await h.Join("erin");

        var answer = await h.Refuses(x => x.Say("erin", "/pass 1"));

        Assert.Contains("I haven't asked you about #1", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_claims_the_same_need_twice()
    {
        using var h = await RideAsked();
        await h.Say("bob", "/claim 1");

        var answer = await h.Refuses(x => x.Say("bob", "/claim 1"));

        Assert.Contains("You're already helping with #1", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pressing_I_can_help_twice_at_a_cap_of_one_says_you_are_already_helping()
    {
        using var h = await RideAsked();
        await h.Say("bob", "/me cap 1");
        await h.Say("bob", "/claim 1");

        var answer = await h.Refuses(x => x.Say("bob", "/claim 1"));

        Assert.Contains("You're already helping with #1", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_need_that_has_its_helper_cannot_be_claimed_by_someone_else()
    {
        using var h = await RideAsked();
        await h.Say("bob", "/claim 1");

        var answer = await h.Refuses(x => x.Say("carol", "/claim 1"));

        Assert.Contains("#1 already has the help it asked for", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/done 1", "done")]
    [InlineData("/cancel 1", "cancelled")]
    public async Task A_closed_need_cannot_be_claimed(string close, string state)
    {
        using var h = await RideAsked();
        await h.Say("alice", close);

        var answer = await h.Refuses(x => x.Say("bob", "/claim 1"));

        Assert.Contains($"#1 is {state}, so it can't be claimed", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_need_cannot_be_claimed_or_kept()
    {
        using var h = await RideAsked();
        await h.Advance(TimeSpan.FromDays(14));
        Assert.Equal(NeedState.Expired, h.Need(1).State);

        await h.Refuses(x => x.Say("bob", "/claim 1"));
        await h.Refuses(x => x.Say("alice", "/keep 1"));
    }

    [Fact]
    public async Task At_their_cap_a_member_cannot_take_on_another_need()
    {
        using var h = await RideAsked();
        await h.Say("bob", "/me cap 1");
        await h.Say("erin", "/need a lift to the station");
        await h.Say("bob", "/claim 2");

        var answer = await h.Refuses(x => x.Say("bob", "/claim 1"));

        Assert.Contains("You're already helping with 1 need, your cap", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stranger_cannot_mark_a_need_done()
    {
        using var h = await RideAsked();
        await h.Say("bob", "/claim 1");

        var answer = await h.Refuses(x => x.Say("carol", "/done 1"));

        Assert.Contains("Only the person who asked for #1 or someone helping with it can mark it done", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_need_cannot_be_finished_twice()
    {
        using var h = await RideAsked();
        await h.Say("alice", "/done 1");

        var answer = await h.Refuses(x => x.Say("alice", "/done 1"));

        Assert.Contains("#1 is done already", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finished_need_cannot_be_cancelled()
    {
        using var h = await RideAsked();
        await h.Say("alice", "/done 1");

        await h.Refuses(x => x.Say("alice", "/cancel 1"));
    }

    [Fact]
    public async Task Nobody_else_can_cancel_keep_or_reveal_someones_need()
    {
        using var h = await RideAsked();
        await h.Say("bob", "/claim 1");

        Assert.Contains("Only the person who asked for #1, or an admin", (await h.Refuses(x => x.Say("bob", "/cancel 1"))).Text, StringComparison.Ordinal);
        Assert.Contains("Only the person who asked for #1 can keep it open", (await h.Refuses(x => x.Say("bob", "/keep 1"))).Text, StringComparison.Ordinal);
        Assert.Contains("Only the person who asked for #1 can share", (await h.Refuses(x => x.Say("bob", "/reveal 1"))).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_people_involved_can_answer_the_follow_up()
    {
        using var h = await RideAsked();
        await h.Say("bob", "/claim 1");

        await h.Refuses(x => x.Say("carol", "/fellthrough 1"));
        await h.Refuses(x => x.Say("carol", "/notyet 1"));
    }

    [Fact]
    public async Task An_open_need_cannot_fall_through()
    {
        using var h = await RideAsked();

        var answer = await h.Refuses(x => x.Say("alice", "/fellthrough 1"));

        Assert.Contains("#1 is open, so it can't fall through", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_requester_cannot_pass_on_their_own_need_and_nobody_passes_twice()
    {
        using var h = await RideAsked();
        await h.Say("bob", "/pass 1");

        Assert.Contains("your own need", (await h.Refuses(x => x.Say("alice", "/pass 1"))).Text, StringComparison.Ordinal);
        Assert.Contains("already passed", (await h.Refuses(x => x.Say("bob", "/pass 1"))).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_else_cannot_withdraw_my_offer()
    {
        using var h = await RideAsked();

        var answer = await h.Refuses(x => x.Say("carol", "/withdraw 1"));

        Assert.Contains("You have no active offer no. 1", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_offer_can_be_withdrawn_once_and_is_then_no_longer_matched()
    {
        using var h = await RideAsked();
        var offers = (await h.Accepts(x => x.Say("bob", "/offers"))).Single();

        var withdrawn = await h.Accepts(x => x.Press("bob", offers, "Withdraw no. 1"));
        var again = await h.Refuses(x => x.Say("bob", "/withdraw 1"));
        var asked = await h.Accepts(x => x.Say("erin", "/need a lift to the station"));

        Assert.Contains("Withdrew your offer", Assert.Single(withdrawn).Text, StringComparison.Ordinal);
        Assert.Contains("You have no active offer no. 1", again.Text, StringComparison.Ordinal);
        Assert.Empty(asked.AskedPeople());
    }

    private static async Task<EngineHarness> RideAsked()
    {
        var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Join("carol");
        await h.Say("alice", "/need a ride to the clinic on friday");
        h.Delivered();
        return h;
    }
}
