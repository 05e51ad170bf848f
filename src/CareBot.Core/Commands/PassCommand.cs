using CareBot.Core.Engine;
using CareBot.Core.Messages;
using CareBot.Core.Needs;

namespace CareBot.Core.Commands;

/// <summary>/pass n, "Not this time": no penalty, and the next candidate is asked in their place.</summary>
internal sealed class PassCommand : NeedCommandHandler
{
    public override string Name => "pass";

    public override string Usage => "/pass <need number>";

    public override string Summary => "\"not this time\": no penalty, someone else is asked";

    protected override Problem? Handle(CommandContext ctx, Need need)
    {
        var wasHelping = need.IsHelper(ctx.Actor.Id);
        var before = CommunityContext.ActiveHelpers(need);
        var problem = need.Pass(ctx.Actor.Id, ctx.Now);
        if (problem is not null)
        {
            return problem;
        }

        ctx.Save(need, before);
        ctx.ReplyPrivately(OutgoingMessage.Text(wasHelping
            ? $"Okay, I've taken you off #{need.Number} and I'll find someone else. Thank you for letting us know."
            : $"No problem, thank you for letting me know. I'll ask someone else about #{need.Number}."));

        if (wasHelping && need.RequesterId is { } requesterId && ctx.Set.Member(requesterId) is { } requester)
        {
            ctx.SendPrivately(requester, new MessageBuilder()
                .Add(NeedCards.Person(ctx.Actor)).Add(" can't help with ").Bold($"#{need.Number}").Add(" after all. ")
                .Add(need.State == NeedState.Open ? "It's open again and I'm asking others." : "Your other helpers are still on it.")
                .Build(), NotificationKind.Notice, [ctx.Actor.Id]);
        }

        if (need.State == NeedState.Open)
        {
            AskSomeoneElse(ctx, need, wasHelping);
        }

        return null;
    }

    /// <summary>
    /// Asks one more member in the passer's place. When nobody is left, the requester is told, once, as soon as
    /// nobody asked is still to answer; until then the scheduled wave keeps its date and will tell them if needed.
    /// </summary>
    private static void AskSomeoneElse(CommandContext ctx, Need need, bool wasHelping)
    {
        var toldBefore = need.CandidatesExhausted;
        var someoneNow = ctx.Services.Matcher.Rank(ctx.Set, need, ctx.Now, 1).Count > 0;
        if (!someoneNow && !wasHelping && NeedAsker.AwaitingAnswers(ctx, need))
        {
            return;
        }

        if (NeedAsker.AskWave(ctx, need, 1) == 0 && need.CandidatesExhausted && !toldBefore)
        {
            NeedAsker.TellRequesterNobodyLeft(ctx, need);
        }
    }
}
