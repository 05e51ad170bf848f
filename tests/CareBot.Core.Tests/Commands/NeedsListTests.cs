using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Commands;

public sealed class NeedsListTests
{
    [Fact]
    public async Task Open_needs_are_listed_newest_first_five_to_a_page()
    {
        using var h = new EngineHarness();
        for (var i = 1; i <= 7; i++)
        {
            // Two people, as no one member posts more than five needs a day.
            await h.Say(i % 2 == 0 ? "alice" : "carol", $"/need help number {i} with the garden");
        }

        await h.Say("carol", "/done 7");

        var first = Assert.Single(await h.Accepts(x => x.Say("bob", "/needs")));
        Assert.StartsWith("Open needs in town (6), newest first:", first.Text, StringComparison.Ordinal);
        Assert.Equal(["/claim 6", "/claim 5", "/claim 4", "/claim 3", "/claim 2", "/needs 2"], first.Buttons.Select(b => b.Command));

        var second = Assert.Single(await h.Accepts(x => x.Press("bob", first, "More")));
        Assert.Equal(["/claim 1"], second.Buttons.Select(b => b.Command));

        var beyond = Assert.Single(await h.Accepts(x => x.Say("bob", "/needs 3")));
        Assert.Contains("There are only 2 pages", beyond.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_open_needs_the_list_says_so()
    {
        using var h = new EngineHarness();

        var list = Assert.Single(await h.Accepts(x => x.Say("bob", "/needs")));

        Assert.Contains("No open needs in town right now", list.Text, StringComparison.Ordinal);
    }
}
