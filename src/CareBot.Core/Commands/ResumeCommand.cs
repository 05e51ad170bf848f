using CareBot.Core.Engine;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>/resume: back from a break.</summary>
internal sealed class ResumeCommand : CommandHandler
{
    public override string Name => "resume";

    public override string Usage => "/resume";

    public override string Summary => "end your break";

    public override Problem? Handle(CommandContext ctx)
    {
        if (!ctx.Actor.IsPaused(ctx.Now))
        {
            return new Problem("You're not on a break, so there's nothing to resume.");
        }

        ctx.Actor.Resume();
        ctx.Save(ctx.Actor);
        ctx.ReplyPrivately(OutgoingMessage.Text("Welcome back! I'll ask you again when a need fits your offers."));
        return null;
    }
}
