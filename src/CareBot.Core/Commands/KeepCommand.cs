using CareBot.Core.Engine;
using CareBot.Core.Needs;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>/keep n: "still needed", the answer to the bot's check on a need left waiting.</summary>
internal sealed class KeepCommand : NeedCommandHandler
{
    public override string Name => "keep";

    public override string Usage => "/keep <need number>";

    public override string Summary => "keep your need open a while longer";

    public override bool ListedInHelp => false;

    protected override Problem? Handle(CommandContext ctx, Need need)
    {
        var problem = need.KeepOpen(ctx.Actor.Id, ctx.Now, ctx.Agreements.NeedExpiryDays, ctx.Agreements.StillNeededDays);
        if (problem is not null)
        {
            return problem;
        }

        ctx.Save(need, CommunityContext.ActiveHelpers(need));
        ctx.ReplyPrivately(OutgoingMessage.Text(
            $"#{need.Number} stays open for another {ctx.Agreements.NeedExpiryDays} days. I'll keep looking for someone who can help."));
        return null;
    }
}
