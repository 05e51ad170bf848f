using CareBot.Core.Needs;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Commands;

/// <summary>A need removed by an admin never just disappears: the person who asked hears who removed it, and why.</summary>
public sealed class AdminCancelTests
{
    [Fact]
    public async Task An_admin_cancelling_a_need_tells_the_requester_privately_with_the_reason()
    {
        using var h = new EngineHarness();
        h.Admins.Grant(People.IdOf("carl"), EngineHarness.Group);
        await h.Say("alice", "/need a ride to the clinic on friday");
        await h.Say("alice", "/need a lift to the clinic friday morning");
        h.Delivered();

        var delivered = await h.Accepts(x => x.Say("carl", "/cancel 2 duplicate of #1"));

        Assert.Equal(NeedState.Cancelled, h.Need(2).State);
        var told = Assert.Single(delivered.To("alice"));
        Assert.Contains("Carl Tester, an admin of town, withdrew your need #2", told.Text, StringComparison.Ordinal);
        Assert.Contains("Their reason: duplicate of #1", told.Text, StringComparison.Ordinal);
        Assert.Contains("a lift to the clinic friday morning", told.Text, StringComparison.Ordinal);
        var post = Assert.Single(delivered.InGroup());
        Assert.Contains("#2 was withdrawn", post.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("duplicate", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_reason_the_requester_is_still_told_who_withdrew_it()
    {
        using var h = new EngineHarness();
        h.Admins.Grant(People.IdOf("carl"), EngineHarness.Group);
        await h.Join("alice", "carl");
        await h.Dm("alice", "/need anon someone to talk to this week");
        h.Delivered();

        var delivered = await h.Accepts(x => x.Dm("carl", "/cancel 1"));

        Assert.Contains("withdrew your need #1", Assert.Single(delivered.To("alice")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("reason", delivered.To("alice").Single().Text, StringComparison.Ordinal);
        Assert.Contains("I've told the person who asked", Assert.Single(delivered.To("carl")).Text, StringComparison.Ordinal);
        Assert.False(Assert.Single(delivered.To("carl")).Names("alice"));
    }

    [Fact]
    public async Task A_requester_withdrawing_her_own_need_gets_no_message_about_herself()
    {
        using var h = new EngineHarness();
        await h.Say("alice", "/need a ride to the clinic on friday");
        h.Delivered();

        var delivered = await h.Accepts(x => x.Dm("alice", "/cancel 1 sorted it myself"));

        Assert.Equal(["Withdrew #1."], delivered.To("alice").Select(d => d.Text));
    }
}
