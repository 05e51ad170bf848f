using CareBot.Core.Engine;
using CareBot.Core.Members;
using CareBot.Core.Messages;
using CareBot.Core.Needs;
using CareBot.Core.Safety;

namespace CareBot.Core.Commands;

/// <summary>
/// /thanks n words: a thank-you for a need that was met, posted to the group. The requester of an anonymous need also
/// decides here about a thank-you kept back because it names her: /thanks n post, or /thanks n drop.
/// </summary>
internal sealed class ThanksCommand : NeedCommandHandler
{
    private const string PostAsWritten = "post";
    private const string KeepPrivate = "drop";

    public override string Name => "thanks";

    public override string Usage => "/thanks <need number> <a thank-you>";

    public override string Summary => "thank whoever helped with a need that was met";

    protected override Problem? Handle(CommandContext ctx, Need need)
    {
        if (!need.IsRequester(ctx.Actor.Id) && !need.IsHelper(ctx.Actor.Id))
        {
            return new Problem($"Only the person who asked for #{need.Number} or someone who helped with it can post thanks for it.");
        }

        if (need.State != NeedState.Done)
        {
            return new Problem($"#{need.Number} is {Need.Describe(need.State)}. When it's met, /done {need.Number} marks it, with a thank-you if you like.");
        }

        var words = TextRules.Normalize(NeedNumbers.Rest(ctx.Arguments));
        return words.ToLowerInvariant() switch
        {
            "" => UsageProblem("What would you like to say?"),
            PostAsWritten or KeepPrivate when need.IsRequester(ctx.Actor.Id) => Decide(ctx, need, words.Equals(PostAsWritten, StringComparison.OrdinalIgnoreCase)),
            _ => Thank(ctx, need, words),
        };
    }

    private static Problem? Decide(CommandContext ctx, Need need, bool post)
    {
        var released = need.ReleaseHeldThanks(post);
        if (released is not { } held)
        {
            return new Problem($"There is no thank-you for #{need.Number} waiting for your word.");
        }

        ctx.Save(need, []);
        if (!post)
        {
            ctx.ReplyPrivately(OutgoingMessage.Text($"Kept private: nothing about #{need.Number} was posted."));
            return null;
        }

        PostThanks(ctx, need, ctx.Set.Member(held.AuthorId) ?? ctx.Actor, held.Thanks);
        ctx.ReplyPrivately(OutgoingMessage.Text($"Posted the thank-you for #{need.Number}, as you said."));
        return null;
    }

    private static Problem? Thank(CommandContext ctx, Need need, string words)
    {
        if (TextRules.Check(words, DoneCommand.MaxThanksLength) is { } problem)
        {
            return problem;
        }

        if (ThankYous.WouldUnmask(ctx, need, words))
        {
            need.HoldThanks(ctx.Actor.Id, words);
            ctx.Save(need, []);
            ThankYous.AskRequesterFirst(ctx, need);
            if (!need.IsRequester(ctx.Actor.Id))
            {
                ctx.ReplyPrivately(OutgoingMessage.Text(
                    $"Your note names the person who asked for #{need.Number} anonymously, so I've asked them before posting it."));
            }

            return null;
        }

        need.AddThanks(words);
        ctx.Save(need, []);
        PostThanks(ctx, need, ctx.Actor, words);
        if (!ctx.InGroup)
        {
            ctx.Reply(OutgoingMessage.Text($"Posted your thank-you for #{need.Number}."));
        }

        return null;
    }

    private static void PostThanks(CommandContext ctx, Need need, Member author, string words)
    {
        var post = new MessageBuilder().Add("💛 ").Bold($"#{need.Number}").Add(": ");
        ThankYous.Signed(post, ctx, need, author, words);
        ctx.PostToGroup(post.Build(), [author.Id, .. NeedAsker.OptionalId(need.RequesterId)]);
    }
}
