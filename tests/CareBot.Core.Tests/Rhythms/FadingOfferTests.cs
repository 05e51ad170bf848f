using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Rhythms;

/// <summary>
/// An offer whose owner never answers "Is this still on offer?" (asked after 90 days) stops being matched 14 days later,
/// the owner is told once, and /stillon brings it back.
/// </summary>
public sealed class FadingOfferTests
{
    [Fact]
    public async Task An_unanswered_offer_fades_after_fourteen_days_and_is_no_longer_matched()
    {
        using var h = await BobsOfferAskedAbout();

        await h.Advance(TimeSpan.FromDays(14) + TimeSpan.FromHours(1));
        var told = Assert.Single(h.Delivered().To("bob"));
        Assert.Contains("I didn't hear back about your offer", told.Text, StringComparison.Ordinal);
        Assert.True(told.HasButton("/stillon 1"));

        var delivered = await h.Accepts(x => x.Say("alice", "/need a ride to the clinic on friday"));
        Assert.Empty(delivered.AskedPeople());
        await h.Advance(TimeSpan.FromDays(30));
        Assert.DoesNotContain(h.Delivered().To("bob"), d => d.Text.Contains("I didn't hear back", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Still_on_brings_a_faded_offer_back_into_matching()
    {
        using var h = await BobsOfferAskedAbout();
        await h.Advance(TimeSpan.FromDays(15));
        var told = h.Delivered().To("bob").Single();

        var answer = await h.Accepts(x => x.Press("bob", told, "It's still on"));
        Assert.Contains("on the map again", Assert.Single(answer.To("bob")).Text, StringComparison.Ordinal);

        var delivered = await h.Accepts(x => x.Say("alice", "/need a ride to the clinic on friday"));
        Assert.Equal(["bob"], delivered.AskedPeople());
    }

    [Fact]
    public async Task An_answered_question_keeps_the_offer_and_the_owner_lists_faded_offers_apart()
    {
        using var h = await BobsOfferAskedAbout();
        await h.Say("bob", "/offer cooking soup for two");
        await h.Dm("bob", "/stillon 1");
        await h.Advance(TimeSpan.FromDays(15));
        h.Delivered();

        var delivered = await h.Accepts(x => x.Say("alice", "/need a ride to the clinic on friday"));
        Assert.Equal(["bob"], delivered.AskedPeople());
    }

    [Fact]
    public async Task The_group_can_agree_how_long_an_unanswered_offer_waits()
    {
        using var h = new EngineHarness();
        await h.Agree("offer-fade-days", "3");
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Advance(TimeSpan.FromDays(90) + TimeSpan.FromHours(1));
        h.Delivered();

        await h.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));

        Assert.Contains(h.Delivered().To("bob"), d => d.Text.Contains("I didn't hear back", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Offers_lists_a_faded_offer_with_a_way_back()
    {
        using var h = await BobsOfferAskedAbout();
        await h.Advance(TimeSpan.FromDays(15));
        h.Delivered();

        var offers = Assert.Single(await h.Accepts(x => x.Dm("bob", "/offers")));

        Assert.Contains("Faded", offers.Text, StringComparison.Ordinal);
        Assert.True(offers.HasButton("/stillon 1"));
    }

    private static async Task<EngineHarness> BobsOfferAskedAbout()
    {
        var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Join("alice");
        await h.Advance(TimeSpan.FromDays(90) + TimeSpan.FromHours(1));
        Assert.Contains(h.Delivered().To("bob"), d => d.Text.Contains("Is this still on offer?", StringComparison.Ordinal));
        return h;
    }
}
