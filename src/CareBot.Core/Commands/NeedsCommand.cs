using System.Globalization;
using CareBot.Core.Engine;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>
/// /needs [page]: open needs of the community, newest first, each with "I can help"; in a private chat, of every
/// community the person belongs to, grouped by name.
/// </summary>
internal sealed class NeedsCommand : CommandHandler
{
    public const int PageSize = 5;

    public override string Name => "needs";

    public override string Usage => "/needs [page]";

    public override string Summary => "open needs in the group";

    public override bool SpansCommunities => true;

    public override Problem? Handle(CommandContext ctx)
    {
        var page = 1;
        var word = ctx.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (word is not null && (!int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1 || page > 10_000))
        {
            return UsageProblem("Pages are whole numbers from 1, like /needs 2.");
        }

        foreach (var (community, _) in ctx.ListedCommunities())
        {
            List(ctx, community, page);
        }

        return null;
    }

    private static void List(CommandContext ctx, CommunityContext community, int page)
    {
        var id = community.Community.Id;
        var total = community.Session.Needs.CountOpen(id);
        var needs = community.Session.Needs.Open(id, (page - 1) * PageSize, PageSize);
        var message = new MessageBuilder();
        if (total == 0)
        {
            message.Line($"No open needs in {community.Community.Name} right now. 🌱");
        }
        else if (needs.Count == 0)
        {
            var pages = (total + PageSize - 1) / PageSize;
            message.Line(pages == 1 ? "There is only 1 page of open needs: /needs shows it." : $"There are only {pages} pages of open needs.");
        }
        else
        {
            message.Line($"Open needs in {community.Community.Name} ({total}), newest first:");
            var viewer = ctx.InGroup ? null : community.Set.MemberFor(ctx.Inbound.From.Ref)?.Id;
            foreach (var need in needs)
            {
                // In the group everyone reads it: an anonymous requester asking for the list must not be named in it.
                NeedCards.ListLine(message, community, need, viewer);
                message.Button($"I can help with #{need.Number}", $"/claim {need.Number}", id);
            }

            if (page * PageSize < total)
            {
                message.Button("More", $"/needs {page + 1}", id);
            }
        }

        // Each line names its requester: the answer is about them too, so /forget finds it.
        ctx.Reply(message.Build(), needs.SelectMany(n => NeedAsker.OptionalId(n.RequesterId)));
    }
}
