using CareBot.Core.Needs;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Commands;

/// <summary>Who may do what: admin rights come from the platform and are checked by the engine; personal answers stay private.</summary>
public sealed class PermissionTests
{
    [Fact]
    public async Task Only_admins_can_change_the_agreements_and_the_engine_asks_the_platform()
    {
        using var h = new EngineHarness();
        await h.Join("bob");

        var answer = await h.Refuses(x => x.Say("bob", "/agree wave-size 5"));

        Assert.Contains("Only the group's admins", answer.Text, StringComparison.Ordinal);
        Assert.True(h.Admins.Questions > 0);
    }

    [Fact]
    public async Task An_admin_changes_an_agreement_the_group_is_told_and_it_is_applied()
    {
        using var h = new EngineHarness();
        h.Admins.Grant(People.IdOf("carl"), EngineHarness.Group);

        var delivered = await h.Accepts(x => x.Say("carl", "/agree wave-size 5"));

        Assert.Contains("Carl Tester updated the group's agreements: wave-size is now 5", Assert.Single(delivered.InGroup()).Text, StringComparison.Ordinal);
        var shown = (await h.Accepts(x => x.Say("bob", "/agreements"))).Single();
        Assert.Contains("Each need asks 5 members at a time", shown.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_can_change_agreements_from_a_private_chat()
    {
        using var h = new EngineHarness();
        h.Admins.Grant(People.IdOf("carl"), EngineHarness.Group);
        await h.Join("carl");

        var delivered = await h.Accepts(x => x.Dm("carl", "/agree response-time 48"));

        Assert.Contains("response-time is now 48", Assert.Single(delivered.InGroup()).Text, StringComparison.Ordinal);
        Assert.Contains("Saved", Assert.Single(delivered.To("carl")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_of_another_group_is_not_admin_here()
    {
        using var h = new EngineHarness();
        h.Admins.Grant(People.IdOf("carl"), "garden");
        await h.Join("carl");

        await h.Refuses(x => x.Say("carl", "/agree wave-size 5"));
        await h.Refuses(x => x.Dm("carl", "/agree wave-size 5"));
    }

    [Fact]
    public async Task An_admin_can_withdraw_anyones_need()
    {
        using var h = new EngineHarness();
        h.Admins.Grant(People.IdOf("carl"), EngineHarness.Group);
        await h.Say("alice", "/need a ride to the clinic on friday");

        var delivered = await h.Accepts(x => x.Say("carl", "/cancel 1"));

        Assert.Contains("#1 was withdrawn", Assert.Single(delivered.InGroup()).Text, StringComparison.Ordinal);
        Assert.Equal(NeedState.Cancelled, h.Need(1).State);
    }

    [Fact]
    public async Task A_member_who_is_not_an_admin_cannot_withdraw_someone_elses_need()
    {
        using var h = new EngineHarness();
        await h.Say("alice", "/need a ride to the clinic on friday");
        await h.Join("bob");

        var answer = await h.Refuses(x => x.Say("bob", "/cancel 1"));

        Assert.Contains("Only the person who asked for #1, or an admin, can cancel it.", answer.Text, StringComparison.Ordinal);
        Assert.Equal(NeedState.Open, h.Need(1).State);
    }

    [Theory]
    [InlineData("/mine")]
    [InlineData("/me")]
    [InlineData("/me cap 3 zone north")]
    [InlineData("/export")]
    [InlineData("/offers")]
    [InlineData("/pause 3")]
    [InlineData("/forget")]
    public async Task Personal_answers_go_privately_even_when_asked_in_the_group(string command)
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments");
        await h.Say("alice", "/need a ride to the clinic");
        await h.Say("bob", "/claim 1");

        var delivered = await h.Accepts(x => x.Say("bob", command));

        Assert.Empty(delivered.InGroup());
        Assert.Single(delivered.To("bob"));
    }
}
