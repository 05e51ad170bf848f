using CareBot.Core.Engine;

namespace CareBot.Core.Commands;

/// <summary>/help: what CareBot is, the group's agreements in one line, and the commands.</summary>
internal sealed class HelpCommand : CommandHandler
{
    public override string Name => "help";

    public override string Usage => "/help";

    public override bool NeedsOneCommunity => false;

    public override string Summary => "this help";

    public override Problem? Handle(CommandContext ctx)
    {
        ctx.Reply(HelpText.Build(ctx.Community.Name, ctx.Agreements, CommandRegistry.Default.Listed));
        return null;
    }
}
