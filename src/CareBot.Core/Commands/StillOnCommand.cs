using System.Globalization;
using CareBot.Core.Engine;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>/stillon n: the answer to "Is this still on offer?", and what brings back an offer that faded unanswered.</summary>
internal sealed class StillOnCommand : CommandHandler
{
    public override string Name => "stillon";

    public override string Usage => "/stillon <offer number>";

    public override string Summary => "keep an offer, or bring back one that faded";

    public override Problem? Handle(CommandContext ctx)
    {
        var word = ctx.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        // A faded offer is out of the working set (it isn't matched), so it is looked up where it is stored.
        var offer = int.TryParse(word.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? ctx.Set.Offer(id) ?? ctx.Session.Offers.Get(id)
            : null;
        if (offer is null || offer.MemberId != ctx.Actor.Id || offer.CommunityId != ctx.Community.Id || !(offer.IsActive || offer.HasFaded))
        {
            return new Problem("That isn't one of your offers. /offers shows them.");
        }

        var wasFaded = offer.HasFaded;
        offer.Confirm(ctx.Now);
        ctx.Save(offer);
        ctx.ReplyPrivately(OutgoingMessage.Text(wasFaded
            ? $"Welcome back! Offer no. {offer.Id} is on the map again, and I'll tell you about needs it fits."
            : $"Thank you! Offer no. {offer.Id} stays on the map."));
        return null;
    }
}
