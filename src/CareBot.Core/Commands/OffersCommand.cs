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

        ctx.ReplyPrivately(message.Build());
        return null;
    }
}
