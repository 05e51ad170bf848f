using CareBot.Core.Storage;
using CareBot.Core.Platforms;
using CareBot.Core.Messages;
using CareBot.Core.Engine;

namespace CareBot.Core.Commands;

/// <summary>/start: what CareBot is. In a private chat it also lets the bot write to this person (the engine releases held messages).</summary>
internal sealed class StartCommand : CommandHandler
{
    public override string Name => "start";

    public override string Usage => "/start";

    public override bool NeedsOneCommunity => false;

    public override string Summary => "what CareBot is";

    public override bool ListedInHelp => false;

    /// <summary>Pressing Start is what lets the bot write to this person: whatever waited for them can go now.</summary>
    public override OutgoingMessage ForStranger(IStoreSession session, UserRef user, DateTimeOffset now)
    {
        OutboxQueue.ReleaseHeld(session, user, now);
        return Introduction();
    }

    public override Problem? Handle(CommandContext ctx)
    {
        // Pressing Start is what lets the bot write to this person: whatever waited for them can go now.
        if (!ctx.InGroup)
        {
            OutboxQueue.ReleaseHeld(ctx.Session, ctx.Inbound.From.Ref, ctx.Now);
        }

        ctx.Reply(HelpText.Build(ctx.Community.Name, ctx.Agreements, CommandRegistry.Default.Listed));
        return null;
    }
}
