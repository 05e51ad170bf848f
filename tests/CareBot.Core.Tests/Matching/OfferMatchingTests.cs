using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Matching;

/// <summary>A new offer is matched against the needs already waiting.</summary>
public sealed class OfferMatchingTests
{
    [Fact]
    public async Task A_new_offer_privately_lists_the_open_needs_it_fits()
    {
        using var h = new EngineHarness();
        await h.Say("alice", "/need a ride to the clinic on friday");
        await h.Say("erin", "/need someone to cook a meal for my family");
        h.Delivered();

        var delivered = await h.Accepts(x => x.Say("bob", "/offer rides in my car"));

        var reply = Assert.Single(delivered.InGroup());
        Assert.Contains("Understood as: 🚗 transport", reply.Text, StringComparison.Ordinal);
        var list = Assert.Single(delivered.To("bob"));
        Assert.Contains("These open needs fit your new offer", list.Text, StringComparison.Ordinal);
        Assert.Contains("#1 Alice Tester: a ride to the clinic on friday", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("#2", list.Text, StringComparison.Ordinal);
        Assert.Equal("/claim 1", list.Button("I can help with #1").Command);
    }

    [Fact]
    public async Task Needs_the_offerer_asked_for_already_passed_on_or_that_are_claimed_are_not_listed()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/need a ride to the station");
        await h.Say("bob", "/offer I can drive people on weekends");
        await h.Say("alice", "/need a ride to the clinic");
        await h.Say("erin", "/need a lift to the airport");
        await h.Say("carol", "/claim 3");
        Assert.True((await h.Say("bob", "/pass 2")).Succeeded);
        h.Delivered();

        var delivered = await h.Accepts(x => x.Say("bob", "/offer rides in my car"));

        Assert.Empty(delivered.To("bob"));
    }

    [Fact]
    public async Task An_offer_that_fits_nothing_sends_no_list()
    {
        using var h = new EngineHarness();
        await h.Say("alice", "/need a ride to the clinic");
        h.Delivered();

        var delivered = await h.Accepts(x => x.Say("bob", "/offer tutoring in maths"));

        Assert.Empty(delivered.To("bob"));
    }
}
