using System.Globalization;
using CareBot.Core.Engine;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>/withdraw n: takes one of my offers down.</summary>
internal sealed class WithdrawCommand : CommandHandler
{
    public override string Name => "withdraw";

    public override string Usage => "/withdraw <offer number>";

    public override string Summary => "withdraw one of your offers";

    public override Problem? Handle(CommandContext ctx)
    {
        var word = ctx.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (!int.TryParse(word.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return UsageProblem("Which offer? /offers shows their numbers.");
        }

        var offer = ctx.Set.Offer(id);
        if (offer is null || offer.MemberId != ctx.Actor.Id)
        {
            return new Problem($"You have no active offer no. {id}. /offers shows yours.");
        }

        offer.Withdraw(ctx.Now);
        ctx.Save(offer);
        ctx.ReplyPrivately(new MessageBuilder()
            .Add("Withdrew your offer ").Quote(NeedCards.Clip(offer.Text, 120)).Add(". Thank you for offering it.").Build());
        return null;
    }
}
