using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Communities;

/// <summary>
/// Alice belongs to both town and garden. In her private chat a command about one community asks which, with a button
/// each, and remembers nothing; lists cover both, grouped by name.
/// </summary>
public sealed class SeveralCommunitiesTests
{
    [Fact]
    public async Task A_need_typed_privately_asks_which_group_and_posts_nothing_until_she_chooses()
    {
        using var h = await AliceInTownAndGarden();

        var question = Assert.Single(await h.Accepts(x => x.Dm("alice", "/need anon a ride to the clinic on friday")));

        Assert.Contains("Which group is", question.Text, StringComparison.Ordinal);
        Assert.Equal(["garden", "town"], question.Buttons.Select(b => b.Label));
        Assert.DoesNotContain(h.History, d => !d.IsPrivate && d.Text.Contains("clinic", StringComparison.Ordinal));

        var delivered = await h.Accepts(x => x.Press("alice", question, "garden"));
        Assert.Contains("a ride to the clinic on friday", Assert.Single(delivered.InGroup("garden")).Text, StringComparison.Ordinal);
        Assert.Empty(delivered.InGroup("town"));
        Assert.Contains("without your name", Assert.Single(delivered.To("alice")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_is_remembered_the_next_command_asks_again()
    {
        using var h = await AliceInTownAndGarden();
        var question = Assert.Single(await h.Accepts(x => x.Dm("alice", "/need help carrying a sofa upstairs")));
        await h.Press("alice", question, "garden");
        h.Delivered();

        var again = Assert.Single(await h.Accepts(x => x.Dm("alice", "/need help moving some boxes")));

        Assert.Contains("Which group is", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_with_a_group_name_and_a_command_runs_it_there_directly()
    {
        using var h = await AliceInTownAndGarden();

        var delivered = await h.Accepts(x => x.Dm("alice", "/in town /need help carrying a sofa upstairs"));

        Assert.Single(delivered.InGroup("town"));
        Assert.Empty(delivered.InGroup("garden"));
    }

    [Fact]
    public async Task Choosing_when_nothing_waits_is_answered_kindly()
    {
        using var h = await AliceInTownAndGarden();

        var refusal = await h.Refuses(x => x.Dm("alice", "/in garden"));

        Assert.Contains("nothing waiting", refusal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offers_in_a_private_chat_lists_every_community_grouped_by_name()
    {
        using var h = await AliceInTownAndGarden();
        await h.Say("alice", "/offer rides to appointments, I have a car", "town");
        await h.Say("alice", "/offer weeding and watering", "garden");
        h.Delivered();

        var lists = await h.Accepts(x => x.Dm("alice", "/offers"));

        Assert.Equal(2, lists.Count);
        Assert.StartsWith("🏘️ garden", lists[0].Text, StringComparison.Ordinal);
        Assert.Contains("weeding and watering", lists[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("🏘️ town", lists[1].Text, StringComparison.Ordinal);
        Assert.Contains("rides to appointments", lists[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Needs_in_a_private_chat_lists_both_and_each_button_acts_in_its_own_community()
    {
        using var h = await AliceInTownAndGarden();
        await h.Say("bob", "/need a ride to the station", "town");
        await h.Say("carol", "/need someone to water my tomatoes", "garden");
        h.Delivered();

        var lists = await h.Accepts(x => x.Dm("alice", "/needs"));
        var garden = Assert.Single(lists, d => d.Text.Contains("Open needs in garden", StringComparison.Ordinal));

        await h.Press("alice", garden, "I can help with #1");

        Assert.True(h.Need(1, "garden").IsHelper(h.Member("alice", "garden")!.Id));
        Assert.Empty(h.Need(1, "town").HelperIds);
    }

    [Fact]
    public async Task Mine_covers_both_communities()
    {
        using var h = await AliceInTownAndGarden();
        await h.Say("alice", "/need a ride to the station", "town");
        await h.Say("alice", "/need someone to water my tomatoes", "garden");
        h.Delivered();

        var lists = await h.Accepts(x => x.Dm("alice", "/mine"));

        Assert.Contains(lists, d => d.Text.Contains("garden", StringComparison.Ordinal) && d.Text.Contains("tomatoes", StringComparison.Ordinal));
        Assert.Contains(lists, d => d.Text.Contains("town", StringComparison.Ordinal) && d.Text.Contains("station", StringComparison.Ordinal));
    }

    private static async Task<EngineHarness> AliceInTownAndGarden()
    {
        var h = new EngineHarness();
        await h.Say("alice", "/offers", "town");
        await h.Say("alice", "/offers", "garden");
        await h.Say("bob", "/offers", "town");
        await h.Say("carol", "/offers", "garden");
        h.Delivered();
        return h;
    }
}
