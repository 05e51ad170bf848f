using CareBot.Core.Engine;
using CareBot.Core.Needs;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>/reveal n: an anonymous requester consents to their helpers knowing who they are.</summary>
internal sealed class RevealCommand : NeedCommandHandler
{
    public override string Name => "reveal";

    public override string Usage => "/reveal <need number>";

    public override string Summary => "share your name with the helpers of your anonymous need";

    public override bool ListedInHelp => false;

    protected override Problem? Handle(CommandContext ctx, Need need)
    {
        if (need.IsRequester(ctx.Actor.Id) && need.HelperIds.Count == 0)
        {
            return new Problem($"Nobody is helping with #{need.Number} yet. When someone says they can help, I'll ask you then.");
        }

        var problem = need.RevealRequester(ctx.Actor.Id);
        if (problem is not null)
        {
            return problem;
        }

        ctx.Save(need, CommunityContext.ActiveHelpers(need));
        var helpers = need.HelperIds.Select(ctx.Set.Member).OfType<Members.Member>().ToList();
        foreach (var helper in helpers)
        {
            ctx.SendPrivately(helper, new MessageBuilder()
                .Add("The person who asked for ").Bold($"#{need.Number}").Add(" is ").Add(NeedCards.Person(ctx.Actor))
                .Add(". You can reach them directly.").Build(), NotificationKind.Notice, [ctx.Actor.Id]);
        }

        ctx.ReplyPrivately(OutgoingMessage.Text(
            $"Done: {(helpers.Count > 1 ? "your helpers" : "your helper")} on #{need.Number} now {(helpers.Count > 1 ? "know" : "knows")} who you are. Everyone else still sees \"someone\"."));
        return null;
    }
}
