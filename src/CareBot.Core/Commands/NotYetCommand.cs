using CareBot.Core.Engine;
using CareBot.Core.Needs;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>/notyet n: the follow-up's "not yet": the need stays claimed and the follow-up comes again in a few days.</summary>
internal sealed class NotYetCommand : NeedCommandHandler
{
    public override string Name => "notyet";

    public override string Usage => "/notyet <need number>";

    public override string Summary => "help is still to come";

    public override bool ListedInHelp => false;

    protected override Problem? Handle(CommandContext ctx, Need need)
    {
        var problem = need.NotYet(ctx.Actor.Id, ctx.Now);
        if (problem is not null)
        {
            return problem;
        }

        ctx.Save(need, CommunityContext.ActiveHelpers(need));
        ctx.ReplyPrivately(OutgoingMessage.Text(
            $"Thanks for letting me know. When #{need.Number} has happened, /done {need.Number} marks it met; I'll check in again in a few days."));
        return null;
    }
}
