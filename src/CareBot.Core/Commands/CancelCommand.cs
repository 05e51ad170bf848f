using CareBot.Core.Engine;
using CareBot.Core.Needs;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>/cancel n: the requester withdraws their need, or an admin removes one.</summary>
internal sealed class CancelCommand : NeedCommandHandler
{
    public override string Name => "cancel";

    public override string Usage => "/cancel <need number>";

    public override string Summary => "withdraw your need (admins: any need)";

    public override bool ChecksAdmin => true;

    protected override Problem? Handle(CommandContext ctx, Need need)
    {
        if (!need.IsRequester(ctx.Actor.Id) && !ctx.IsAdmin)
        {
            return new Problem($"Only the person who asked for #{need.Number}, or an admin, can cancel it.");
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

        if (!ctx.InGroup)
        {
            ctx.Reply(OutgoingMessage.Text($"Withdrew #{need.Number}."));
        }

        return null;
    }
}
