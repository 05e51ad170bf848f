using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Matching;

/// <summary>Whom to ask first: relevance, then same zone, then fairness. Each test asks a wave of one.</summary>
public sealed class MatchingOrderTests
{
    [Fact]
    public async Task An_offer_sharing_a_category_comes_before_one_sharing_only_words_however_many()
    {
        using var h = await OneAtATime();
        await h.Say("bob", "/offer saturday morning farmers market stall chats");
        await h.Say("carol", "/offer driving");

        var delivered = await h.Accepts(x => x.Say("alice", "/need a ride to the saturday morning farmers market"));

        Assert.Equal(["carol"], delivered.AskedPeople());
    }

    [Fact]
    public async Task With_equal_relevance_a_member_in_the_needs_zone_comes_first()
    {
        using var h = await OneAtATime();
        await h.Agree("zones", "north, south");
        await h.Say("bob", "/offer zone south rides to appointments");
        await h.Say("carol", "/offer zone north rides to appointments");

        var delivered = await h.Accepts(x => x.Say("alice", "/need zone north rides to appointments"));

        Assert.Equal(["carol"], delivered.AskedPeople());
    }

    [Fact]
    public async Task Then_whoever_helped_least_in_the_last_ninety_days_comes_first_even_if_asked_more_recently()
    {
        using var h = await OneAtATime();
        await BobHelpedAfterCarolWasAsked(h);

        var delivered = await h.Accepts(x => x.Say("alice", "/need rides to appointments"));

        Assert.Equal(["carol"], delivered.AskedPeople());
    }

    [Fact]
    public async Task Help_given_two_months_ago_still_counts()
    {
        using var h = await OneAtATime();
        await BobHelpedAfterCarolWasAsked(h);
        await h.Advance(TimeSpan.FromDays(60));
        h.Delivered();

        var delivered = await h.Accepts(x => x.Say("alice", "/need rides to appointments"));

        Assert.Equal(["carol"], delivered.AskedPeople());
    }

    [Fact]
    public async Task Help_given_more_than_ninety_days_ago_no_longer_counts()
    {
        using var h = await OneAtATime();
        await BobHelpedAfterCarolWasAsked(h);
        await h.Advance(TimeSpan.FromDays(91));
        h.Delivered();

        var delivered = await h.Accepts(x => x.Say("alice", "/need rides to appointments"));

        Assert.Equal(["bob"], delivered.AskedPeople());
    }

    [Fact]
    public async Task Then_whoever_was_asked_least_recently_comes_first()
    {
        using var h = await OneAtATime();
        await h.Say("bob", "/offer rides to appointments");
        await h.Say("carol", "/offer rides to appointments");

        await h.Say("alice", "/need rides to appointments");
        Assert.Equal(["bob"], h.Delivered().AskedPeople());
        await h.Advance(TimeSpan.FromMinutes(5));
        await h.Say("erin", "/need rides to appointments");
        Assert.Equal(["carol"], h.Delivered().AskedPeople());
        await h.Advance(TimeSpan.FromMinutes(5));
        await h.Say("frank", "/need rides to appointments");

        Assert.Equal(["bob"], h.Delivered().AskedPeople());
    }

    [Fact]
    public async Task Among_offers_sharing_a_category_whoever_helped_least_comes_first_however_closely_the_other_is_worded()
    {
        using var h = await OneAtATime();
        await h.Say("bob", "/offer rides to the clinic");
        await h.Say("carol", "/offer rides");
        await h.Say("erin", "/need a ride to the station");
        await h.Say("bob", "/claim 1");
        await h.Say("bob", "/done 1");
        h.Delivered();

        var delivered = await h.Accepts(x => x.Say("alice", "/need a ride to the clinic"));

        Assert.Equal(["carol"], delivered.AskedPeople());
    }

    [Fact]
    public async Task Relevance_outweighs_fairness_when_only_one_offer_shares_a_category()
    {
        using var h = await OneAtATime();
        await h.Say("bob", "/offer driving");
        await h.Say("carol", "/offer saturday morning farmers market stall chats");
        await h.Say("erin", "/need a lift on saturday");
        await h.Say("bob", "/claim 1");
        await h.Say("bob", "/done 1");
        h.Delivered();

        var delivered = await h.Accepts(x => x.Say("alice", "/need a ride to the saturday morning farmers market"));

        Assert.Equal(["bob"], delivered.AskedPeople());
    }

    /// <summary>Bob is asked about #1 and passes, Carol is asked a minute later, then Bob claims #1 after all and helps.</summary>
    private static async Task BobHelpedAfterCarolWasAsked(EngineHarness h)
    {
        await h.Say("bob", "/offer rides to appointments");
        await h.Say("carol", "/offer rides to appointments");
        await h.Say("erin", "/need a ride to the station");
        Assert.Equal(["bob"], h.Delivered().AskedPeople());
        await h.Advance(TimeSpan.FromMinutes(1));
        await h.Say("bob", "/pass 1");
        Assert.Equal(["carol"], h.Delivered().AskedPeople());
        await h.Advance(TimeSpan.FromMinutes(1));
        await h.Say("bob", "/claim 1");
        await h.Say("bob", "/done 1");
        h.Delivered();
    }

    private static async Task<EngineHarness> OneAtATime()
    {
        var h = new EngineHarness();
        await h.Agree("wave-size", "1");
        return h;
    }
}
