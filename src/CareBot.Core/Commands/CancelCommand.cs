using CareBot.Core.Engine;
using CareBot.Core.Needs;
using CareBot.Core.Messages;
using CareBot.Core.Safety;

namespace CareBot.Core.Commands;

/// <summary>
/// /cancel n [reason]: the requester withdraws their need, or an admin removes one; then the requester is told
/// privately who removed it and why, so a need never just disappears.
/// </summary>
internal sealed class CancelCommand : NeedCommandHandler
{
    public override string Name => "cancel";

    private const int MaxReasonLength = 300;

    public override string Usage => "/cancel <need number> [why, for the person who asked]";

    public override string Summary => "withdraw your need (admins: any need)";

    public override bool ChecksAdmin => true;

    protected override Problem? Handle(CommandContext ctx, Need need)
    {
        if (!need.IsRequester(ctx.Actor.Id) && !ctx.IsAdmin)
        {
            return new Problem($"Only the person who asked for #{need.Number}, or an admin, can cancel it.");
        }

        var reason = TextRules.Normalize(NeedNumbers.Rest(ctx.Arguments));
        if (reason.Length > 0 && TextRules.Check(reason, MaxReasonLength) is { } unreadable)
        {
            return unreadable;
        }

        var before = CommunityContext.ActiveHelpers(need);
        var problem = need.Cancel(ctx.Now);
        if (problem is not null)
        {
            return problem;
        }

        ctx.Save(need, before);
        ctx.PostToGroup(new MessageBuilder().Bold($"#{need.Number}").Add(" was withdrawn. Thank you to everyone who looked.").Build(), []);
        foreach (var helper in before.Select(ctx.Set.Member).OfType<Members.Member>())
        {
            ctx.SendPrivately(helper, new MessageBuilder()
                .Bold($"#{need.Number}").Add(" was withdrawn, so you don't need to help with it any more. Thank you for offering.")
                .Build(), NotificationKind.Notice, []);
        }

        var requester = need.RequesterId is { } id && !need.IsRequester(ctx.Actor.Id) ? ctx.Set.Member(id) : null;
        if (requester is not null)
        {
            TellTheRequester(ctx, need, requester, reason);
        }

        if (!ctx.InGroup)
        {
            ctx.Reply(OutgoingMessage.Text(requester is null
                ? $"Withdrew #{need.Number}."
                : $"Withdrew #{need.Number}. I've told the person who asked{(reason.Length > 0 ? ", with your reason" : "")}."));
        }

        return null;
    }

    /// <summary>Only the requester hears why (the reason may be personal); the group saw only that it was withdrawn.</summary>
    private static void TellTheRequester(CommandContext ctx, Need need, Members.Member requester, string reason)
    {
        var message = new MessageBuilder()
            .Add(NeedCards.Person(ctx.Actor)).Add($", an admin of {ctx.Community.Name}, withdrew your need ").Bold($"#{need.Number}").Add(":").Line()
            .Quote(NeedCards.Clip(need.Text, 160)).Line();
        if (reason.Length > 0)
        {
            message.Add("Their reason: ").Quote(reason).Line();
        }

        message.Line("If you think that was a mistake, you can reply to them, or post it again with /need.");
        ctx.SendPrivately(requester, message.Build(), NotificationKind.Notice, [ctx.Actor.Id]);
    }
}
