using CareBot.ConsoleAdapter.Tests.Support;

namespace CareBot.ConsoleAdapter.Tests.Sessions;

/// <summary>Nobody carries the group: a member's cap on open commitments is kept.</summary>
public sealed class CapTests : ConsoleTest
{
    [Fact]
    public async Task A_member_at_their_cap_is_refused_a_second_claim_and_the_need_stays_open()
    {
        var transcript = await CareBot.RunAsync(
            "bob: /offer rides to appointments, I have a car",
            "bob: /me cap 1",
            "alice: /need a ride to the clinic on friday",
            "carol: /need a ride to the station tomorrow",
            "bob: /claim 1");
        transcript.PersonHears("bob", "You're helping with #1");
        var stateBefore = StoreState.Of(CareBot.Store);

        var second = await CareBot.RunAsync("bob: /claim 2");

        var refusal = Assert.Single(second.Messages);
        Assert.True(refusal.Says("your cap") && refusal.Says("/me cap"), refusal.ToString());
        Assert.Equal(stateBefore, StoreState.Of(CareBot.Store));
        var needs = await CareBot.RunAsync("dave: /needs");
        Assert.True(needs.GroupSees("Open needs").Says("#2"), needs.Output);
    }

    [Fact]
    public async Task A_member_at_their_cap_is_not_asked_about_new_needs()
    {
        var transcript = await CareBot.RunAsync(
            "bob: /offer rides to appointments, I have a car",
            "bob: /me cap 1",
            "alice: /need a ride to the clinic on friday",
            "bob: /claim 1",
            "carol: /need a ride to the station tomorrow");

        Assert.DoesNotContain(transcript.ToPerson("bob"), m => m.Says("#2"));
    }

    [Fact]
    public async Task Finishing_a_commitment_frees_room_for_the_next()
    {
        await CareBot.RunAsync(
            "bob: /offer rides to appointments, I have a car",
            "bob: /me cap 1",
            "alice: /need a ride to the clinic on friday",
            "carol: /need a ride to the station tomorrow",
            "bob: /claim 1",
            "bob: /claim 2");

        var transcript = await CareBot.RunAsync("bob@dm: /done 1 thank you for the chat", "bob: /claim 2");

        transcript.PersonHears("bob", "You're helping with #2");
        transcript.PersonHears("carol", "bob can help with #2");
    }
}
