using System.Globalization;
using CareBot.Core.Engine;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>/stillon n: the answer to "Is this still on offer?" after 90 days.</summary>
internal sealed class StillOnCommand : CommandHandler
{
    public override string Name => "stillon";

    public override string Usage => "/stillon <offer number>";

    public override string Summary => "keep an offer that's 90 days old";

    public override bool ListedInHelp => false;

    public override Problem? Handle(CommandContext ctx)
    {
        var word = ctx.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (!int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || ctx.Set.Offer(id) is not { } offer || offer.MemberId != ctx.Actor.Id)
        {
            return new Problem("That isn't one of your active offers. /offers shows them.");
        }

        offer.Confirm(ctx.Now);
        ctx.Save(offer);
        ctx.ReplyPrivately(OutgoingMessage.Text($"Thank you! Offer no. {offer.Id} stays on the map."));
        return null;
    }
}
