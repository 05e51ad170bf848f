using CareBot.Core.Engine;
using CareBot.Core.Needs;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>/fellthrough n: the help didn't happen; the need opens again and others are asked.</summary>
internal sealed class FellThroughCommand : NeedCommandHandler
{
    public override string Name => "fellthrough";

    public override string Usage => "/fellthrough <need number>";

    public override string Summary => "the help didn't happen: reopen the need";

    public override bool ListedInHelp => false;

    protected override Problem? Handle(CommandContext ctx, Need need)
    {
        var before = CommunityContext.ActiveHelpers(need);
        var problem = need.FallThrough(ctx.Actor.Id, ctx.Now);
        if (problem is not null)
        {
            return problem;
        }

        ctx.Save(need, before);
        ctx.ReplyPrivately(OutgoingMessage.Text($"Sorry it fell through. #{need.Number} is open again and I'm asking others."));
        var others = before.Where(id => id != ctx.Actor.Id).Select(ctx.Set.Member).OfType<Members.Member>();
        foreach (var helper in others)
        {
            ctx.SendPrivately(helper, OutgoingMessage.Text($"#{need.Number} was reopened; you're no longer down to help with it. Thank you."),
                NotificationKind.Notice, []);
        }

        // A helper said it: the requester must hear it from the bot, not find out when nobody turns up.
        if (!need.IsRequester(ctx.Actor.Id) && need.RequesterId is { } requesterId && ctx.Set.Member(requesterId) is { } requester)
        {
            ctx.SendPrivately(requester, new MessageBuilder()
                .Add(NeedCards.Person(ctx.Actor)).Add(" says the help with ").Bold($"#{need.Number}").Add(" fell through. ")
                .Add("It's open again and I'm asking others.").Build(), NotificationKind.Notice, [ctx.Actor.Id]);
        }

        ctx.PostToGroup(new MessageBuilder().Bold($"#{need.Number}").Add(" is looking for help again.")
            .Button("I can help", $"/claim {need.Number}").Build(), []);
        if (NeedAsker.AskWave(ctx, need, ctx.Agreements.FirstWaveSize) == 0 && need.CandidatesExhausted)
        {
            NeedAsker.TellRequesterNobodyLeft(ctx, need);
        }

        return null;
    }
}
