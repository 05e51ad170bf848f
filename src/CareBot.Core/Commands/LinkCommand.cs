using CareBot.Core.Engine;
using CareBot.Core.Linking;
using CareBot.Core.Messages;
using CareBot.Core.Platforms;

namespace CareBot.Core.Commands;

/// <summary>
/// /link [code]: in a group, an admin links it with a group elsewhere (one community); in a private chat, a person joins
/// their accounts on two platforms (one person). Without a code it gives one; with one, it does the joining. See
/// docs/linking.md.
/// </summary>
internal sealed class LinkCommand : CommandHandler
{
    public override string Name => "link";

    public override string Usage => "/link [code]";

    public override string Summary => "link this group with one elsewhere (admins), or, in private, your accounts on two platforms";

    public override bool ChecksAdmin => true;

    // In a private chat it is about the person's own accounts: nobody's admin rights come into it, so no platform is asked.
    public override bool ChecksAdminIn(Conversation where) => where.IsGroup;

    // Whoever redeems a person's code joins their data, and a group's code links a whole group: neither is shown to the group.
    public override bool SpansCommunities => true;

    /// <summary>An account CareBot has never met has nothing to join yet (see docs/linking.md).</summary>
    public override OutgoingMessage ForStranger(Storage.IStoreSession session, UserRef user, DateTimeOffset now) =>
        OutgoingMessage.Text("I don't know this account yet, so there's nothing to join. Use any command with it once in a group " +
                             "that has me (/mine will do), then type the code here again: it works for 24 hours.");

    public override Problem? Handle(CommandContext ctx)
    {
        var typed = ctx.Arguments.Trim();
        if (typed.Length == 0)
        {
            return ctx.InGroup ? GroupLinking.Issue(ctx) : AccountLinking.Issue(ctx);
        }

        if (LinkCode.Read(typed) is not { } code || LinkTickets.Find(ctx.Session, code, ctx.Now) is not { } ticket)
        {
            return new Problem("That code doesn't work: a code works once, for 24 hours, and looks like K7QMX-4RT9P. " +
                               "Ask for a new one with /link where the first one came from.");
        }

        return ticket.Kind == LinkKind.Space ? GroupLinking.Redeem(ctx, ticket) : AccountLinking.Redeem(ctx, ticket);
    }
}
