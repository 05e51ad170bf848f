using CareBot.Core.Engine;
using CareBot.Core.Linking;
using CareBot.Core.Platforms;

namespace CareBot.Core.Commands;

/// <summary>/unlink: in a group, an admin takes it out of a linked community; in a private chat, a person separates their accounts.</summary>
internal sealed class UnlinkCommand : CommandHandler
{
    public override string Name => "unlink";

    public override string Usage => "/unlink";

    public override string Summary => "undo /link: separate this group (admins), or, in private, your accounts";

    public override bool ChecksAdmin => true;

    // In a private chat it is about the person's own accounts: nobody's admin rights come into it, so no platform is asked.
    public override bool ChecksAdminIn(Conversation where) => where.IsGroup;

    public override bool SpansCommunities => true;

    public override Problem? Handle(CommandContext ctx) => ctx.InGroup ? GroupLinking.Unlink(ctx) : AccountLinking.Unlink(ctx);
}
