using CareBot.Core.Engine;
using CareBot.Core.Messages;
using CareBot.Core.Offers;
using CareBot.Core.Safety;

namespace CareBot.Core.Commands;

/// <summary>/offer: records what a member can give, and privately lists open needs it already matches.</summary>
internal sealed class OfferCommand : CommandHandler
{
    private const int MaxOffersPerMember = 20;

    public override string Name => "offer";

    public override string Usage => "/offer <what you can give>";

    public override string Summary => "tell the group what you can help with";

    public override string? TextToRead(string arguments, DateTimeOffset now) => TextRules.Normalize(ZoneOption.Split(arguments).Text);

    public override Problem? Handle(CommandContext ctx)
    {
        var (zone, text) = ZoneOption.Split(ctx.Arguments);
        text = TextRules.Normalize(text);
        if (text.Length == 0)
        {
            return UsageProblem("What can you offer? For example: /offer rides to appointments, I have a car.");
        }

        var problem = TextRules.Check(text, TextRules.MaxNeedOrOfferLength) ?? ZoneOption.Validate(ctx, zone);
        if (problem is not null)
        {
            return problem;
        }

        if (ctx.Set.OffersOf(ctx.Actor.Id).Count() >= MaxOffersPerMember)
        {
            return new Problem($"You already have {MaxOffersPerMember} offers. Withdraw one with /withdraw first (see /offers).");
        }

        var profile = ctx.Understand(text);
        var offer = new Offer(ctx.Community.Id, ctx.Actor.Id, text, profile, zone, ctx.Now);
        ctx.Add(offer);

        ctx.Reply(new MessageBuilder()
            .Add("Thank you, ").Add(NeedCards.Person(ctx.Actor)).Add("! Noted your offer ").Bold($"(no. {offer.Id})").Add(":").Line()
            .Quote(text).Line()
            .Italic("Understood as: " + NeedCards.Categories(ctx, profile.Categories)).Line()
            .Line("I'll ask you privately when a need comes up that fits. /offers shows your offers.")
            .Button("Change categories", $"/categories offer {offer.Id}")
            .Build());
        OfferMatches.TellOfferer(ctx, offer, "These open needs fit your new offer:");
        return null;
    }
}
