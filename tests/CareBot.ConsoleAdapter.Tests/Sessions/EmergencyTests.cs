using CareBot.ConsoleAdapter.Tests.Support;

namespace CareBot.ConsoleAdapter.Tests.Sessions;

/// <summary>Words that sound like an emergency are answered privately with the emergency numbers, not posted.</summary>
public sealed class EmergencyTests : ConsoleTest
{
    [Fact]
    public async Task An_emergency_is_answered_privately_with_the_numbers_and_not_posted()
    {
        var transcript = await CareBot.RunAsync(
            "bob: /offer rides to appointments, I have a car",
            "alice: /need my dad is not breathing, please help");

        var answer = transcript.PersonHears("alice", "emergency number");
        Assert.True(answer.Says("112") && answer.Says("911"), answer.ToString());
        Assert.True(answer.HasButton("Post it as a need", "/need post"), answer.ToString());
        Assert.True(answer.HasButton("Don't post it", "/need drop"), answer.ToString());
        Assert.DoesNotContain(transcript.InGroup(), m => m.Says("not breathing"));
        Assert.DoesNotContain(transcript.ToPerson("bob"), m => m.Says("not breathing"));
    }

    [Fact]
    public async Task The_person_can_still_post_it_once_they_choose_to()
    {
        await CareBot.RunAsync("alice: /need my dad is not breathing, please help");

        var transcript = await CareBot.RunAsync("alice@dm: /need post");

        var post = transcript.GroupSees("Need #1");
        Assert.True(post.Says("my dad is not breathing, please help"), post.ToString());
    }

    [Fact]
    public async Task Dropping_it_posts_nothing_and_leaves_nothing_to_post_later()
    {
        await CareBot.RunAsync("carol: /need someone is having a heart attack");

        var transcript = await CareBot.RunAsync("carol@dm: /need drop", "carol@dm: /need post");

        transcript.PersonHears("carol", "I haven't posted it");
        transcript.PersonHears("carol", "no held need to post");
        Assert.Empty(transcript.InGroup());
    }

    [Fact]
    public async Task The_group_agreed_emergency_notice_is_the_one_given()
    {
        var transcript = await CareBot.RunAsync(
            ":admin alice",
            "alice: /agree emergency Call 112, or the Riverside crisis line on 0800 123 456.",
            "bob: /need I'm in danger at home");

        var answer = transcript.PersonHears("bob", "I haven't posted it");
        Assert.True(answer.Says("Riverside crisis line on 0800 123 456"), answer.ToString());
    }
}
