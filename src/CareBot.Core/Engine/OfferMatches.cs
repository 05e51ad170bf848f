using CareBot.Core.Matching;
using CareBot.Core.Messages;
using CareBot.Core.Offers;

namespace CareBot.Core.Engine;

/// <summary>
/// An offer is matched against open needs too: when it is made (/offer) or its categories are corrected (/categories),
/// the offerer hears privately about the open needs it fits.
/// </summary>
internal static class OfferMatches
{
    private const int MatchesListed = 5;

    public static void TellOfferer(CommandContext ctx, Offer offer, string heading)
    {
        var matches = ctx.Session.Needs.Open(ctx.Community.Id, 0, 200)
            .Where(n => Matcher.Exclusion(ctx.Set, n, ctx.Actor, ctx.Actor.Zone ?? offer.Zone, ctx.Agreements, ctx.Now)
                is ExclusionReason.None or ExclusionReason.AlreadyAsked or ExclusionReason.DailyLimitReached)
            .Where(n => OfferRelevance.Of(n, offer) > 0)
            .Take(MatchesListed)
            .ToList();
        if (matches.Count == 0)
        {
            return;
        }

        var message = new MessageBuilder().Line(heading);
        foreach (var need in matches)
        {
            NeedCards.ListLine(message, ctx, need, ctx.Actor.Id);
            message.Button($"I can help with #{need.Number}", $"/claim {need.Number}");
        }

        ctx.SendPrivately(ctx.Actor, message.Build(), NotificationKind.Answer, matches.SelectMany(n => NeedAsker.OptionalId(n.RequesterId)));
    }
}
