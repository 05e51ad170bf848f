using CareBot.Core.Engine;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>/mine: my open needs, the needs I'm helping with, and my offers. Always private.</summary>
internal sealed class MineCommand : CommandHandler
{
    public override string Name => "mine";

    public override string Usage => "/mine";

    public override string Summary => "your needs, commitments and offers (private)";

    public override Problem? Handle(CommandContext ctx)
    {
        var mine = ctx.Session.Needs.ByRequester(ctx.Actor.Id).Where(n => n.IsActive).OrderByDescending(n => n.Number).ToList();
        var helping = ctx.Session.Needs.ByHelper(ctx.Actor.Id).Where(n => n.IsActive).OrderByDescending(n => n.Number).ToList();
        var offers = ctx.Set.OffersOf(ctx.Actor.Id).OrderBy(o => o.Id).ToList();
        var message = new MessageBuilder().Bold("Your needs").Line();
        if (mine.Count == 0)
        {
            message.Line("None open.");
        }

        foreach (var need in mine)
        {
            NeedCards.ListLine(message, ctx, need, ctx.Actor.Id);
        }

        message.Bold($"Helping with ({helping.Count} of your cap of {ctx.Actor.Cap})").Line();
        if (helping.Count == 0)
        {
            message.Line("Nothing right now.");
        }

        foreach (var need in helping)
        {
            NeedCards.ListLine(message, ctx, need, ctx.Actor.Id);
            message.Button($"#{need.Number} is done", $"/done {need.Number}");
        }

        message.Bold("Your offers").Line();
        if (offers.Count == 0)
        {
            message.Line("None yet: /offer <what you can give>.");
        }

        foreach (var offer in offers)
        {
            message.Add($"no. {offer.Id}: ").Quote(NeedCards.Clip(offer.Text, 160)).Line();
        }

        if (ctx.Actor.IsPaused(ctx.Now))
        {
            message.Italic("You're on a break from requests. /resume when you're ready.").Line();
        }

        // The needs I help with name their requesters: the answer is about them too, so /forget finds it.
        ctx.ReplyPrivately(message.Build(), helping.SelectMany(n => NeedAsker.OptionalId(n.RequesterId)));
        return null;
    }
}
