using CareBot.Core.Engine;
using CareBot.Core.Messages;

namespace CareBot.Core.Linking;

/// <summary>/link and /unlink typed in a private chat: a person's accounts on two platforms become one person, and back.</summary>
internal static class AccountLinking
{
    public static Problem? Issue(CommandContext ctx)
    {
        var code = LinkTickets.Issue(ctx.Session, LinkKind.Person, LinkTicket.SubjectOf(ctx.Inbound.From.Ref), ctx.Now);
        ctx.ReplyPrivately(new MessageBuilder()
            .Add("Your code: ").Bold(LinkCode.Shown(code)).Line()
            .Add("In a private chat with me on your other platform, type ").Command($"/link {LinkCode.Shown(code)}")
            .Add(" within 24 hours, and your two accounts become one person to me: your offers, needs and settings together, asked once. ")
            .Add("Keep it to yourself: whoever types it is joined to your data.").Line()
            .Build());
        return null;
    }

    public static Problem? Redeem(CommandContext ctx, LinkTicket ticket)
    {
        if (ctx.InGroup)
        {
            // Everyone in the group has seen it now, and whoever typed it elsewhere would be joined to its owner's data.
            LinkTickets.Use(ctx.Session, ticket);
            ctx.ReplyPrivately(OutgoingMessage.Text(
                "That code joins a person's own accounts, so it belongs in a private chat with me. Since the group has seen it, I've cancelled it: " +
                "ask for a new one with /link in a private chat, and type it in a private chat on your other platform."));
            return null;
        }

        var issuer = ticket.User();
        var redeemer = ctx.Inbound.From.Ref;
        if (issuer == redeemer)
        {
            return new Problem("That's this account's own code: type it in a private chat with me on your other platform.");
        }

        if (issuer.Platform == redeemer.Platform)
        {
            return new Problem($"Both accounts are on {redeemer.Platform}, and a person has one account on each platform. Type the code in a private chat on your other platform.");
        }

        if (AccountLinker.Link(ctx.Session, issuer, redeemer) is { } problem)
        {
            return problem;
        }

        LinkTickets.Use(ctx.Session, ticket);
        ReshapeEveryCommunityOf(ctx);
        ctx.ReplyPrivately(new MessageBuilder()
            .Line($"Done: your {issuer.Platform} and {redeemer.Platform} accounts are one person to me now, in every group either was in. " +
                  "/mine, /export and /forget cover both.")
            .Add("Private messages go to the platform you used last; ").Command("/me dm " + issuer.Platform)
            .Add(" (or another platform, or last) chooses. /unlink in a private chat separates them again.").Line()
            .Build());
        return null;
    }

    public static Problem? Unlink(CommandContext ctx)
    {
        var separated = AccountLinker.Unlink(ctx.Session, ctx.Inbound.From.Ref);
        if (!separated.IsSuccess)
        {
            return separated.Problem;
        }

        ReshapeEveryCommunityOf(ctx);
        ctx.ReplyPrivately(OutgoingMessage.Text(
            "Done: your accounts are separate again. In each group, your settings, offers and needs stay with the account on that group's platform " +
            "(or with this one, where both are); the other account starts afresh the next time it uses a group."));
        return null;
    }

    private static void ReshapeEveryCommunityOf(CommandContext ctx)
    {
        foreach (var community in ctx.Memberships.Select(m => m.Community.Id).Append(ctx.Community.Id))
        {
            ctx.Reshape(community);
        }

        // The other account's communities, which this one may not have been in before.
        foreach (var member in ctx.Session.Members.FindByIdentity(ctx.Inbound.From.Ref))
        {
            ctx.Reshape(member.CommunityId);
        }
    }
}
