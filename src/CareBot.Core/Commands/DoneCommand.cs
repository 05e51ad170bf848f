using CareBot.Core.Engine;
using CareBot.Core.Members;
using CareBot.Core.Messages;
using CareBot.Core.Needs;
using CareBot.Core.Safety;

namespace CareBot.Core.Commands;

/// <summary>/done n [thanks]: marks a need met; the thank-you is posted to the group.</summary>
internal sealed class DoneCommand : NeedCommandHandler
{
    public const int MaxThanksLength = 500;

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
        var keptBack = thanks.Length > 0 && ThankYous.WouldUnmask(ctx, need, thanks);
        var moveProblem = need.MarkDone(ctx.Actor.Id, thanks.Length > 0 && !keptBack ? thanks : null, ctx.Now);
        if (moveProblem is not null)
        {
            return moveProblem;
        }

        if (keptBack)
        {
            need.HoldThanks(ctx.Actor.Id, thanks);
        }

        ctx.Save(need, before);
        var helpers = need.HelperIds.Select(ctx.Set.Member).OfType<Member>().ToList();
        foreach (var helper in helpers)
        {
            helper.RecordHelped(ctx.Now);
            ctx.Save(helper);
        }

        var post = new MessageBuilder().Add("💛 ").Bold($"#{need.Number}").Add(" is done");
        if (helpers.Count > 0)
        {
            post.Add(", with help from ").List([.. helpers.Select(NeedCards.Person)]);
        }

        post.Add(".").Line();
        if (need.Thanks is not null)
        {
            ThankYous.Signed(post, ctx, need, ctx.Actor, need.Thanks);
        }

        ctx.PostToGroup(post.Build(), [.. need.HelperIds, .. NeedAsker.OptionalId(need.RequesterId)]);
        if (keptBack)
        {
            ThankYous.AskRequesterFirst(ctx, need);
        }

        if (!ctx.InGroup)
        {
            ctx.Reply(OutgoingMessage.Text(keptBack && !need.IsRequester(ctx.Actor.Id)
                ? $"Marked #{need.Number} done. Your note names the person who asked anonymously, so I've asked them before posting it. Thank you!"
                : $"Marked #{need.Number} done. Thank you!"));
        }

        TellTheOthers(ctx, need, helpers);
        return null;
    }

    private static void TellTheOthers(CommandContext ctx, Need need, List<Member> helpers)
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
