using CareBot.Core.Communities;
using CareBot.Core.Engine;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>/agree key value: an admin sets one of the group's agreements; the group is told.</summary>
internal sealed class AgreeCommand : CommandHandler
{
    public override string Name => "agree";

    public override string Usage => "/agree <key> <value>";

    public override string Summary => "admins: set an agreement";

    public override bool ChecksAdmin => true;

    public override bool AdminOnly => true;

    public override Problem? Handle(CommandContext ctx)
    {
        if (!ctx.IsAdmin)
        {
            return new Problem("Only the group's admins can change the agreements. /agreements shows them.");
        }

        var parts = ctx.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return UsageProblem("Which agreement, and what should it be? Keys: " +
                string.Join("; ", AgreementEditor.Keys.Select(k => $"{k.Key} ({k.Hint})")) + ".");
        }

        var result = AgreementEditor.Apply(ctx.Agreements, parts[0], parts[1]);
        if (!result.IsSuccess)
        {
            return result.Problem;
        }

        ctx.Community.ReplaceAgreements(result.Value);
        ctx.Save(ctx.Community);
        ctx.PostToGroup(new MessageBuilder()
            .Add(NeedCards.Person(ctx.Actor)).Add(" updated the group's agreements: ").Bold(parts[0].ToLowerInvariant()).Add(" is now ")
            .Quote(NeedCards.Clip(parts[1].Trim(), 300)).Add(". /agreements shows them all.").Build(), [ctx.Actor.Id]);
        if (!ctx.InGroup)
        {
            ctx.Reply(OutgoingMessage.Text("Saved, and the group has been told."));
        }

        return null;
    }
}
