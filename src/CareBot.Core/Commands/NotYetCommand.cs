using CareBot.Core.Engine;
using CareBot.Core.Messages;
using CareBot.Core.Needs;

namespace CareBot.Core.Commands;

/// <summary>/notyet n: the follow-up's "not yet": nothing changes, and nobody is nagged again.</summary>
internal sealed class NotYetCommand : CommandHandler
{
    public override string Name => "notyet";

    public override string Usage => "/notyet <need number>";

    public override string Summary => "help is still to come";

    public override bool ListedInHelp => false;

    public override Problem? Handle(CommandContext ctx)
    {
        var found = NeedNumbers.Find(ctx, ctx.Arguments, Name);
        if (!found.IsSuccess)
        {
            return found.Problem;
        }

        var need = found.Value;
        if (!need.IsRequester(ctx.Actor.Id) && !need.IsHelper(ctx.Actor.Id))
        {
            return new Problem($"Only the person who asked for #{need.Number} or someone helping with it can answer that.");
        }

        if (need.State != NeedState.Claimed)
        {
            return new Problem($"#{need.Number} is {Need.Describe(need.State)}.");
        }

        ctx.ReplyPrivately(OutgoingMessage.Text($"Thanks for letting me know. When #{need.Number} has happened, /done {need.Number} marks it met."));
        return null;
    }
}
