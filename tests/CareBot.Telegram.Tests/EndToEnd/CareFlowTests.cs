using CareBot.Telegram.Tests.Support;

namespace CareBot.Telegram.Tests.EndToEnd;

/// <summary>The whole care flow in a Telegram group, through the real Telegram.Bot client, the real host and the fake server.</summary>
public sealed class CareFlowTests
{
    [Fact]
    public async Task An_offer_meets_a_need_and_the_two_are_put_in_touch_until_it_is_done_with_thanks()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var bob = await scenario.MemberAsync("Bob");
        var alice = await scenario.MemberAsync("Alice");

        scenario.Say(bob, "/offer rides to appointments, I have a car");
        await scenario.GroupMessageAsync("Noted your offer");
        scenario.Say(alice, "/need a ride to the clinic on Friday");
        var post = await scenario.GroupMessageAsync("Need #1");
        var ask = await scenario.DmAsync(bob, "could use a hand");

        scenario.Fake.PressButtonLabelled(ask, bob, "I can help");
        var helperNote = await scenario.DmAsync(bob, "You're helping with");
        var requesterNote = await scenario.DmAsync(alice, "Good news");
        await scenario.GroupMessageAsync("has a helper");

        scenario.Fake.PressButtonLabelled(requesterNote, alice, "It's done");
        await scenario.GroupMessageAsync("is done");
        scenario.Say(alice, "/offer listening");
        await scenario.GroupMessageAsync("listening");

        Assert.NotNull(post.ButtonLabelled("I can help"));
        Assert.Contains("ride to the clinic", ask.PlainText, StringComparison.Ordinal);
        Assert.NotNull(helperNote.ButtonLabelled("Mark done"));
        Assert.Contains("Bob", requesterNote.PlainText, StringComparison.Ordinal);
        Assert.Equal(0, scenario.Fake.Requests.TooManyRequestsIssued);
    }
}
