using CareBot.Core.Engine;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>/offers: my active offers, each with a button to withdraw it.</summary>
internal sealed class OffersCommand : CommandHandler
{
    public override string Name => "offers";

    public override string Usage => "/offers";

    public override string Summary => "your offers";

    public override Problem? Handle(CommandContext ctx)
    {
        var offers = ctx.Set.OffersOf(ctx.Actor.Id).OrderBy(o => o.Id).ToList();
        var message = new MessageBuilder();
        if (offers.Count == 0)
        {
            message.Line("You have no offers right now. Add one with /offer <what you can give>.");
        }
        else
        {
            message.Line("Your offers:");
            foreach (var offer in offers)
            {
                message.Bold($"no. {offer.Id}").Add(": ").Quote(NeedCards.Clip(offer.Text, 200))
                    .Italic(" · " + NeedCards.Categories(ctx, offer.Categories)).Line();
                message.Button($"Withdraw no. {offer.Id}", $"/withdraw {offer.Id}");
            }
        }

        // Faded offers are not matched, but they are still theirs: shown apart, with the tap that brings each back.
        var faded = ctx.Session.Offers.ByMember(ctx.Actor.Id).Where(o => o.HasFaded && o.CommunityId == ctx.Community.Id).OrderBy(o => o.Id).ToList();
        if (faded.Count > 0)
        {
            message.Line("Faded, because \"still on offer?\" went unanswered (not matched until you bring them back):");
            foreach (var offer in faded)
            {
                message.Bold($"no. {offer.Id}").Add(": ").Quote(NeedCards.Clip(offer.Text, 200)).Line();
                message.Button($"Bring back no. {offer.Id}", $"/stillon {offer.Id}");
            }
        }

        ctx.ReplyPrivately(message.Build());
        return null;
    }
}
