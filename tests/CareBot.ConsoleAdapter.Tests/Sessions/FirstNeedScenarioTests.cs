using CareBot.ConsoleAdapter.Tests.Support;

namespace CareBot.ConsoleAdapter.Tests.Sessions;

/// <summary>The scenario from the product brief, line for line, through CareBot as the console runs it.</summary>
public sealed class FirstNeedScenarioTests : ConsoleTest
{

    [Fact]
    public async Task A_need_is_posted_to_the_group_and_only_the_matching_available_member_is_asked()
    {
        var transcript = await CareBot.RunAsync(
            "bob: /offer rides to appointments, I have a car",
            "carol: /offer cooking meals for families",
            "dave: /offer driving and errands",
            "dave: /pause 7",
            "alice: /need a ride to the clinic on friday morning",
            "bob: /claim 1");

        var post = transcript.GroupSees("Need #1");
        Assert.True(post.Says("a ride to the clinic on friday morning"), post.ToString());
        Assert.Equal(["[I can help] /claim 1"], post.Buttons);

        var ask = transcript.PersonHears("bob", "could use a hand");
        Assert.True(ask.Says("#1") && ask.Says("a ride to the clinic on friday morning"), ask.ToString());
        Assert.True(ask.HasButton("I can help", "/claim 1"), ask.ToString());
        Assert.True(ask.HasButton("Not this time", "/pass 1"), ask.ToString());

        Assert.DoesNotContain(transcript.ToPerson("carol"), m => m.Says("#1"));
        Assert.DoesNotContain(transcript.ToPerson("dave"), m => m.Says("#1"));
        Assert.DoesNotContain(transcript.ToPerson("alice"), m => m.Says("could use a hand"));

        var told = transcript.PersonHears("alice", "bob can help with #1");
        Assert.True(told.HasButton("It's done", "/done 1"), told.ToString());
        Assert.Empty(transcript.Diagnostics);
    }

    [Fact]
    public async Task The_need_is_posted_before_anyone_is_asked_and_alice_hears_of_bob_only_after_his_claim()
    {
        var transcript = await CareBot.RunAsync(
            "bob: /offer rides to appointments, I have a car",
            "carol: /offer cooking meals for families",
            "dave: /offer driving and errands",
            "dave: /pause 7",
            "alice: /need a ride to the clinic on friday morning",
            "bob: /claim 1");

        var messages = transcript.Messages.ToList();
        var posted = messages.FindIndex(m => !m.IsDirect && m.Says("Need #1"));
        var asked = messages.FindIndex(m => m.IsDirect && m.To == "bob" && m.Says("could use a hand"));
        var confirmedToBob = messages.FindIndex(m => m.IsDirect && m.To == "bob" && m.Says("You're helping with #1"));
        var toldAlice = messages.FindIndex(m => m.IsDirect && m.To == "alice" && m.Says("bob can help with #1"));
        Assert.True(posted >= 0 && posted < asked && asked < confirmedToBob && asked < toldAlice, transcript.Output);
        Assert.Single(transcript.ToPerson("bob"), m => m.Says("could use a hand"));
    }
}
