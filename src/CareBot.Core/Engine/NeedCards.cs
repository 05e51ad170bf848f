using System.Globalization;
using CareBot.Core.Categories;
using CareBot.Core.Matching;
using CareBot.Core.Members;
using CareBot.Core.Messages;
using CareBot.Core.Needs;
using CareBot.Core.Safety;

namespace CareBot.Core.Engine;

/// <summary>
/// How a need reads in every message. This is the only place a requester is named, so anonymity is
/// decided once: an anonymous requester appears as "someone" to everyone but themselves until they consent.
/// </summary>
internal static class NeedCards
{
    public const string AnonymousName = "Someone (anonymous)";

    /// <summary>The requester as <paramref name="viewerId"/> may see them; a null viewer is everyone (a group post).</summary>
    public static Span Requester(CommunityContext ctx, Need need, int? viewerId)
    {
        var requester = need.RequesterId is { } id ? ctx.Set.Member(id) : null;
        if (requester is null)
        {
            return Span.Plain("A former member");
        }

        // Consent reveals the requester to their helpers only; the group and everyone else still see "someone".
        var consentedToViewer = need.RequesterRevealed && viewerId is { } viewer && need.IsHelper(viewer);
        var hidden = need.IsAnonymous && viewerId != requester.Id && !consentedToViewer;
        return hidden ? Span.Plain(AnonymousName) : Span.Mention(requester.PrimaryIdentity.Ref, requester.DisplayName);
    }

    public static Span Person(Member member) => Span.Mention(member.PrimaryIdentity.Ref, member.DisplayName);

    /// <summary>"🚗 transport · 🩺 health navigation · by Fri 27 Nov · zone north · 2 helpers wanted".</summary>
    public static string Details(CommunityContext ctx, Need need)
    {
        var parts = need.Categories.Select(id => ctx.Catalog.Find(id, ctx.Agreements.Language))
            .Select(c => $"{c.Emoji} {c.Name}").ToList();
        if (need.By is { } by)
        {
            parts.Add("by " + by.ToString("ddd d MMM", CultureInfo.InvariantCulture));
        }

        if (need.Zone is not null)
        {
            parts.Add("zone " + need.Zone);
        }

        if (need.HelpersWanted > 1)
        {
            parts.Add($"{need.HelpersWanted} helpers wanted");
        }

        return string.Join(" · ", parts);
    }

    public static string Categories(CommunityContext ctx, IEnumerable<string> categoryIds) =>
        string.Join(", ", categoryIds.Select(id => ctx.Catalog.Find(id, ctx.Agreements.Language)).Select(c => $"{c.Emoji} {c.Name}"));

    /// <summary>The post in the group chat when a need is asked.</summary>
    public static OutgoingMessage GroupPost(CommunityContext ctx, Need need) => new MessageBuilder()
        .Add("🙋 ").Bold($"Need #{need.Number}").Add(" from ").Add(Requester(ctx, need, viewerId: null)).Line()
        .Quote(need.Text).Line()
        .Italic(Details(ctx, need)).Line()
        .Button("I can help", $"/claim {need.Number}")
        .Build();

    /// <summary>The private request sent to a matched member.</summary>
    public static OutgoingMessage Ask(CommunityContext ctx, Need need, Member candidate)
    {
        var builder = new MessageBuilder()
            .Add(Requester(ctx, need, candidate.Id)).Add($" in {ctx.Community.Name} could use a hand (").Bold($"#{need.Number}").Add("):").Line()
            .Quote(need.Text).Line()
            .Italic(Details(ctx, need)).Line();
        var offer = ctx.Set.OffersOf(candidate.Id)
            .OrderByDescending(o => OfferRelevance.Of(need, o))
            .FirstOrDefault();
        if (offer is not null)
        {
            builder.Add("You offered: ").Quote(offer.Text).Line();
        }

        return builder
            .Line("No pressure: say \"not this time\" and I'll ask someone else.")
            .Button("I can help", $"/claim {need.Number}")
            .Button("Not this time", $"/pass {need.Number}")
            .Build();
    }

    /// <summary>One line of a list (/needs, /mine, digests), with the state when it isn't open.</summary>
    public static MessageBuilder ListLine(MessageBuilder builder, CommunityContext ctx, Need need, int? viewerId)
    {
        builder.Bold($"#{need.Number}").Add(" ").Add(Requester(ctx, need, viewerId)).Add(": ").Quote(Clip(need.Text, 160));
        if (need.State != NeedState.Open)
        {
            builder.Italic($" ({Need.Describe(need.State)})");
        }

        return builder.Line();
    }

    public static string Clip(string text, int max) => TextRules.Clip(text, max);
}
