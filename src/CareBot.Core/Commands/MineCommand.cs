using CareBot.Core.Engine;
using CareBot.Core.Members;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>
/// /mine: my open needs, the needs I'm helping with, and my offers, in every community I belong to (grouped by name
/// when there are several). Always private.
/// </summary>
internal sealed class MineCommand : CommandHandler
{
    public override string Name => "mine";

    public override string Usage => "/mine";

    public override string Summary => "your needs, commitments and offers (private)";

    public override bool SpansCommunities => true;

    public override Problem? Handle(CommandContext ctx)
    {
        var listed = ctx.ListedCommunities();
        foreach (var (community, member) in listed)
        {
            Answer(ctx, community, member, headed: listed.Count > 1);
        }

        return null;
    }

    private static void Answer(CommandContext ctx, CommunityContext community, Member me, bool headed)
    {
        var id = community.Community.Id;
        var mine = community.Session.Needs.ByRequester(me.Id).Where(n => n.IsActive).OrderByDescending(n => n.Number).ToList();
        var helping = community.Session.Needs.ByHelper(me.Id).Where(n => n.IsActive).OrderByDescending(n => n.Number).ToList();
        var offers = community.Set.OffersOf(me.Id).OrderBy(o => o.Id).ToList();
        var message = new MessageBuilder();
        if (headed)
        {
            message.Add("🏘️ ").Bold(community.Community.Name).Line();
        }

        message.Bold("Your needs").Line();
        if (mine.Count == 0)
        {
            message.Line("None open.");
        }

        foreach (var need in mine)
        {
            NeedCards.ListLine(message, community, need, me.Id);
        }

        message.Bold($"Helping with ({helping.Count} of your cap of {me.Cap})").Line();
        if (helping.Count == 0)
        {
            message.Line("Nothing right now.");
        }

        foreach (var need in helping)
        {
            NeedCards.ListLine(message, community, need, me.Id);
            message.Button($"#{need.Number} is done", $"/done {need.Number}", id);
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

        if (me.IsPaused(community.Now))
        {
            message.Italic("You're on a break from requests. /resume when you're ready.").Line();
        }

        // The needs I help with name their requesters: the answer is about them too, so /forget finds it.
        ctx.ReplyPrivately(message.Build(), [me.Id, .. helping.SelectMany(n => NeedAsker.OptionalId(n.RequesterId))]);
    }
}
