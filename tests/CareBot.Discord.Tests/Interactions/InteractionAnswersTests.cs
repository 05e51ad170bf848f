using CareBot.Core;
using CareBot.Core.Engine;
using CareBot.Core.Messages;
using CareBot.Discord.Interactions;

namespace CareBot.Discord.Tests.Interactions;

/// <summary>Which of the engine's replies only the person sees, when an interaction is answered.</summary>
public sealed class InteractionAnswersTests
{
    private static readonly Reply Notice = new(OutgoingMessage.Text("A private message waits for you."), ReplyVisibility.Private);

    [Fact]
    public void A_private_reply_beside_a_public_answer_is_ephemeral_and_the_public_one_is_not()
    {
        var result = new EngineResult([new Reply(OutgoingMessage.Text("Open needs: none"), ReplyVisibility.Public), Notice], null);

        var answers = InteractionAnswers.For(result, personal: false);

        Assert.Collection(
            answers,
            open => Assert.False(open.Ephemeral),
            notice => Assert.True(notice.Ephemeral));
    }

    [Fact]
    public void A_refusal_keeps_what_was_said_beside_it_ephemeral_and_says_the_refusal_once()
    {
        var problem = new Problem("That need is not open any more.");
        var result = new EngineResult([new Reply(OutgoingMessage.Text(problem.Message), ReplyVisibility.Private), Notice], problem);

        var answers = InteractionAnswers.For(result, personal: false);

        Assert.Equal([problem.Message, "A private message waits for you."], answers.Select(a => a.Part.Content));
        Assert.All(answers, answer => Assert.True(answer.Ephemeral));
    }

    [Fact]
    public void A_refused_button_press_with_nothing_else_to_say_is_the_refusal_alone()
    {
        var problem = new Problem("That need is already met.");

        var answer = Assert.Single(InteractionAnswers.For(new EngineResult([], problem), personal: true));

        Assert.Equal(problem.Message, answer.Part.Content);
        Assert.True(answer.Ephemeral);
    }
}
