using CareBot.Core.Engine;
using CareBot.Core.Messages;
using CareBot.Core.Needs;

namespace CareBot.Core.Rhythms;

/// <summary>The weekly post in the group: needs still waiting, new offers, and thanks. Anonymous stays anonymous.</summary>
internal static class WeeklyDigest
{
    public static void Post(CommunityContext ctx)
    {
        var since = ctx.Now.AddDays(-7);
        var waiting = ctx.Session.Needs.Active(ctx.Community.Id).Where(n => n.State == NeedState.Open).OrderBy(n => n.Number).Take(10).ToList();
        var offers = ctx.Session.Offers.MadeSince(ctx.Community.Id, since).Where(o => o.IsActive).Take(10).ToList();
        var thanks = ctx.Session.Needs.DoneSince(ctx.Community.Id, since).Where(n => n.Thanks is not null).Take(5).ToList();
        ctx.Community.DigestPosted(ctx.Now);
        ctx.Save(ctx.Community);
        if (waiting.Count == 0 && offers.Count == 0 && thanks.Count == 0)
        {
            return;
        }

        var digest = new MessageBuilder().Add("📰 ").Bold($"This week in {ctx.Community.Name}").Line();
        if (waiting.Count > 0)
        {
            digest.Bold("Still waiting for help:").Line();
            foreach (var need in waiting)
            {
                NeedCards.ListLine(digest, ctx, need, viewerId: null);
                digest.Button($"I can help with #{need.Number}", $"/claim {need.Number}");
            }
        }

        if (offers.Count > 0)
        {
            digest.Bold("New offers:").Line();
            foreach (var offer in offers)
            {
                digest.Add("• ").Quote(NeedCards.Clip(offer.Text, 120)).Line();
            }
        }

        if (thanks.Count > 0)
        {
            digest.Bold("Thanks:").Line();
            foreach (var need in thanks)
            {
                digest.Add("💛 ").Quote(NeedCards.Clip(need.Thanks!, 160)).Line();
            }
        }

        // Named requesters and the authors of quoted offers and thanks: /forget must find this post too.
        var about = waiting.Concat(thanks).SelectMany(n => NeedAsker.OptionalId(n.RequesterId)).Concat(offers.Select(o => o.MemberId));
        ctx.PostToGroup(digest.Build(), about);
    }
}
