using CareBot.Core.Engine;
using CareBot.Core.Members;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>/offers: my offers, each with a button to withdraw it, in every community I belong to (grouped by name).</summary>
internal sealed class OffersCommand : CommandHandler
{
    public override string Name => "offers";

    public override string Usage => "/offers";

    public override string Summary => "your offers";

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
        var offers = community.Set.OffersOf(me.Id).OrderBy(o => o.Id).ToList();
        var message = new MessageBuilder();
        if (headed)
        {
            message.Add("🏘️ ").Bold(community.Community.Name).Line();
        }

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
                    .Italic(" · " + NeedCards.Categories(community, offer.Categories)).Line();
                message.Button($"Withdraw no. {offer.Id}", $"/withdraw {offer.Id}", id);
            }
        }

        // Faded offers are not matched, but they are still theirs: shown apart, with the tap that brings each back.
        var faded = community.Session.Offers.ByMember(me.Id).Where(o => o.HasFaded && o.CommunityId == id).OrderBy(o => o.Id).ToList();
        if (faded.Count > 0)
        {
            message.Line("Faded, because \"still on offer?\" went unanswered (not matched until you bring them back):");
            foreach (var offer in faded)
            {
                message.Bold($"no. {offer.Id}").Add(": ").Quote(NeedCards.Clip(offer.Text, 200)).Line();
                message.Button($"Bring back no. {offer.Id}", $"/stillon {offer.Id}", id);
            }
        }

        ctx.ReplyPrivately(message.Build(), [me.Id]);
    }
}
