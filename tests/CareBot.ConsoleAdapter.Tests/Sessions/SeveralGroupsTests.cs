using CareBot.ConsoleAdapter.Tests.Support;

namespace CareBot.ConsoleAdapter.Tests.Sessions;

/// <summary>Someone in two groups, in the console: asked which group when it matters, never when a button already said.</summary>
public sealed class SeveralGroupsTests : ConsoleTest
{
    [Fact]
    public async Task A_private_need_asks_which_group_and_in_posts_it_there()
    {
        var transcript = await CareBot.RunAsync(
            "alice: /offers",
            "alice@garden: /offers",
            "alice@dm: /need anon someone to water my tomatoes this week",
            "alice@dm: /in garden");

        var question = transcript.PersonHears("alice", "Which group is");
        Assert.True(question.Says("garden") && question.Says("town"), question.ToString());
        transcript.GroupSees("water my tomatoes", "garden");
        Assert.DoesNotContain(transcript.InGroup("town"), m => m.Says("tomatoes"));
    }

    [Fact]
    public async Task Typing_a_button_shown_in_a_private_message_acts_in_that_buttons_group()
    {
        var transcript = await CareBot.RunAsync(
            "alice: /offers",
            "alice@garden: /offer watering and weeding in the garden",
            "bob@garden: /need someone to water my tomatoes this week",
            "alice@dm: /claim 1");

        transcript.PersonHears("alice", "could use a hand");
        Assert.DoesNotContain(transcript.ToPerson("alice"), m => m.Says("Which group is"));
        transcript.GroupSees("#1 has a helper", "garden");
    }
}
