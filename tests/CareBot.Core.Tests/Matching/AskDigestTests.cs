using CareBot.Core.Needs;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Matching;

/// <summary>/me notify digest means one message a day at 18:00 listing every need that fits, each with its button.</summary>
public sealed class AskDigestTests
{
    [Fact]
    public async Task A_member_on_digest_gets_one_message_listing_every_need_that_fits_them()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("bob", "/me notify digest");
        await h.Say("alice", "/need a ride to the clinic on friday");
        await h.Say("carol", "/need a lift to the hospital for my scan");
        await h.Say("dave", "/need a ride to the dentist next week");
        h.Delivered();

        await h.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));

        var digest = Assert.Single(h.Delivered().To("bob"));
        Assert.Contains("3 needs that fit what you offered", digest.Text, StringComparison.Ordinal);
        Assert.Equal(["/claim 1", "/pass 1", "/claim 2", "/pass 2", "/claim 3", "/pass 3"], digest.Buttons.Select(b => b.Command));

        await h.Press("bob", digest, "I can help with #2");
        Assert.True(h.Need(2).IsHelper(h.Member("bob")!.Id));
        Assert.Equal(NeedState.Open, h.Need(1).State);
    }

    [Fact]
    public async Task A_need_met_before_the_evening_is_left_out_of_the_digest()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("bob", "/me notify digest");
        await h.Say("alice", "/need a ride to the clinic on friday");
        await h.Say("carol", "/need a lift to the hospital for my scan");
        await h.Say("dave", "/need a ride to the dentist next week");
        await h.Say("alice", "/done 1");
        h.Delivered();

        await h.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));

        var digest = Assert.Single(h.Delivered().To("bob"));
        Assert.DoesNotContain(digest.Buttons, b => b.Command == "/claim 1");
        Assert.Contains("2 needs that fit", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_is_sent_when_nothing_fits()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("bob", "/me notify digest");
        await h.Say("alice", "/need someone to help me fill in a tax form");
        h.Delivered();

        await h.Advance(TimeSpan.FromHours(24));

        Assert.Empty(h.Delivered().To("bob"));
    }
}
