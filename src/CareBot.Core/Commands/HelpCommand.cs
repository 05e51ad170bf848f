using CareBot.Core.Storage;
using CareBot.Core.Platforms;
using CareBot.Core.Messages;
using CareBot.Core.Engine;

namespace CareBot.Core.Commands;

/// <summary>/help: what CareBot is, the group's agreements in one line, and the commands.</summary>
internal sealed class HelpCommand : CommandHandler
{
    public override string Name => "help";

    public override string Usage => "/help";

    public override bool NeedsOneCommunity => false;

    public override string Summary => "this help";

    public override OutgoingMessage ForStranger(IStoreSession session, UserRef user, DateTimeOffset now) => Introduction();

    public override Problem? Handle(CommandContext ctx)
    {
        ctx.Reply(HelpText.Build(ctx.Community.Name, ctx.Agreements, CommandRegistry.Default.Listed));
        return null;
    }
}
