using CareBot.Core.Engine;
using CareBot.Core.Needs;
using CareBot.Core.Messages;
using CareBot.Core.Safety;

namespace CareBot.Core.Commands;

/// <summary>/done n [thanks]: marks a need met; the thank-you is posted to the group.</summary>
internal sealed class DoneCommand : NeedCommandHandler
{
    private const int MaxThanksLength = 500;

    public override string Name => "done";

    public override string Usage => "/done <need number> [a thank-you]";

    public override string Summary => "mark a need met, with an optional thank-you";

    protected override Problem? Handle(CommandContext ctx, Need need)
    {
        var thanks = TextRules.Normalize(NeedNumbers.Rest(ctx.Arguments));
        if (thanks.Length > 0 && TextRules.Check(thanks, MaxThanksLength) is { } problem)
        {
            return problem;
        }

        var before = CommunityContext.ActiveHelpers(need);
        var moveProblem = need.MarkDone(ctx.Actor.Id, thanks.Length > 0 ? thanks : null, ctx.Now);
        if (moveProblem is not null)
        {
            return moveProblem;
        }

        ctx.Save(need, before);
        var helpers = need.HelperIds.Select(ctx.Set.Member).OfType<Members.Member>().ToList();
        foreach (var helper in helpers)
        {
            helper.RecordHelped(ctx.Now);
            ctx.Save(helper);
        }

        var post = new MessageBuilder().Add("💛 ").Bold($"#{need.Number}").Add(" is done");
        if (helpers.Count > 0)
        {
            post.Add(", with help from ");
            for (var i = 0; i < helpers.Count; i++)
            {
                post.Add(i == 0 ? "" : ", ").Add(NeedCards.Person(helpers[i]));
            }
        }

        post.Add(".").Line();
        if (need.Thanks is not null)
        {
            // Whoever wrote the thank-you signs it: a helper's words are not put in the requester's mouth.
            var author = need.IsRequester(ctx.Actor.Id) ? NeedCards.Requester(ctx, need, viewerId: null) : NeedCards.Person(ctx.Actor);
            post.Add("Thanks from ").Add(author).Add(": ").Quote(need.Thanks).Line();
        }

        ctx.PostToGroup(post.Build(), [.. need.HelperIds, .. NeedAsker.OptionalId(need.RequesterId)]);
        if (!ctx.InGroup)
        {
            ctx.Reply(OutgoingMessage.Text($"Marked #{need.Number} done. Thank you!"));
        }

        TellTheOthers(ctx, need, helpers);
        return null;
    }

    private static void TellTheOthers(CommandContext ctx, Needs.Need need, List<Members.Member> helpers)
    {
        var others = helpers.Where(h => h.Id != ctx.Actor.Id).ToList();
        if (!need.IsRequester(ctx.Actor.Id) && need.RequesterId is { } id && ctx.Set.Member(id) is { } requester)
        {
            others.Add(requester);
        }

        foreach (var other in others)
        {
            // The requester may be anonymous to this reader, so they are named the way NeedCards allows.
            var who = need.IsRequester(ctx.Actor.Id) ? NeedCards.Requester(ctx, need, other.Id) : NeedCards.Person(ctx.Actor);
            ctx.SendPrivately(other, new MessageBuilder()
                .Bold($"#{need.Number}").Add(" was marked done by ").Add(who)
                .Add(". Thank you for being part of this.").Build(), NotificationKind.Notice, [ctx.Actor.Id]);
        }
    }
}
