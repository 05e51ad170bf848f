using CareBot.Core.Engine;
using CareBot.Core.Matching;
using CareBot.Core.Messages;
using CareBot.Core.Needs;

namespace CareBot.Core.Linking;

/// <summary>/link and /unlink typed in a group, by its admins: one community in several groups, and back.</summary>
internal static class GroupLinking
{
    private const string NotAnAdmin =
        "Only the group's admins can link it with another group. To join your own accounts on two platforms, send /link in a private chat with me.";

    public static Problem? Issue(CommandContext ctx)
    {
        if (!ctx.IsAdmin)
        {
            return new Problem(NotAnAdmin);
        }

        var code = LinkTickets.Issue(ctx.Session, LinkKind.Space, LinkTicket.SubjectOf(ctx.Inbound.Where.Space), ctx.Now);
        ctx.ReplyPrivately(new MessageBuilder()
            .Add($"Here is the code to link {ctx.Community.Name} with another group: ").Bold(LinkCode.Shown(code)).Line()
            .Add("An admin of the other group (on another platform, or another group here) types ").Command($"/link {LinkCode.Shown(code)}")
            .Add(" there. It works once, within 24 hours. Once linked, both groups share needs, offers and these agreements; ")
            .Add("the other group's needs get new numbers after this group's. /unlink separates them again.").Line()
            .Build());
        return null;
    }

    public static Problem? Redeem(CommandContext ctx, LinkTicket ticket)
    {
        if (!ctx.InGroup)
        {
            return new Problem("That code links two groups: an admin of the other group types /link with it in that group, not here.");
        }

        if (!ctx.IsAdmin)
        {
            return new Problem(NotAnAdmin);
        }

        var issuing = ctx.Session.Communities.FindSpace(ticket.Space());
        if (issuing is null || !issuing.IsOpen || ctx.Session.Communities.Get(issuing.CommunityId) is not { } into)
        {
            return new Problem("The group that code came from doesn't have me any more, so there's nothing to link with.");
        }

        if (issuing.Key == ctx.Inbound.Where.Space.Key)
        {
            return new Problem("That code is this group's own: an admin of the other group types it there.");
        }

        if (into.Id == ctx.Community.Id)
        {
            return new Problem($"This group is already linked with {issuing.Title}.");
        }

        var joiningSpaces = ctx.Set.Spaces.Where(s => s.IsOpen).Select(s => s.Ref).ToList();
        var stayingSpaces = ctx.Session.Communities.SpacesOf(into.Id).Where(s => s.IsOpen).Select(s => s.Ref).ToList();
        var joiningName = ctx.Inbound.Where.Title ?? ctx.Community.Name;
        var renumbered = CommunityMerger.Merge(ctx.Session, into, ctx.Community);
        LinkTickets.Use(ctx.Session, ticket);
        ctx.Reshape(ctx.Community.Id);
        ctx.Reshape(into.Id);

        var linked = new CommunityContext(ctx.Session, CommunityWorkingSet.Load(ctx.Session, into), ctx.Now, ctx.Services);
        var toIssuers = new MessageBuilder()
            .Add("This group is now linked with ").Bold(joiningName)
            .Add(": needs, offers, /map, /flow, the digest and the agreements are shared from now on. An admin's /unlink separates them again.")
            .Build();
        stayingSpaces.ForEach(space => linked.PostTo(space, toIssuers, []));

        var toJoiners = new MessageBuilder()
            .Add("This group is now linked with ").Bold(into.Name)
            .Add($": needs, offers, /map, /flow, the digest and {into.Name}'s agreements are shared from now on (/agreements shows them).");
        // Only numbers that changed are worth a word: "#1 is now #1" tells people nothing.
        var moved = renumbered.Where(n => n.Was != n.Is).ToList();
        if (moved.Count > 0)
        {
            toJoiners.Line().Add("So that every number stays unique, this group's needs have new numbers: ")
                .Add(Words.List(moved.Select(n => $"#{n.Was} is now #{n.Is}"))).Add(".");
        }

        joiningSpaces.ForEach(space => linked.PostTo(space, toJoiners.Build(), []));
        AskAcrossTheLink(linked);
        return null;
    }

    /// <summary>
    /// Needs still waiting for a helper are asked about among everyone the link brought together, as if posted now: a
    /// need that waited for a driver may find one in the other group. Each wave is topped up, never repeated (members
    /// asked and yet to answer count towards it), so linking never asks anyone twice.
    /// </summary>
    private static void AskAcrossTheLink(CommunityContext linked)
    {
        foreach (var need in linked.Session.Needs.Active(linked.Community.Id).Where(n => n.State == NeedState.Open).OrderBy(n => n.Number).ToList())
        {
            var awaiting = need.AskedIds.Count(id => !need.HasPassed(id) && !need.IsHelper(id) && linked.Set.Member(id) is not null);
            var size = linked.Agreements.FirstWaveSize - awaiting;
            if (size > 0)
            {
                NeedAsker.AskWave(linked, need, size);
            }
        }
    }

    public static Problem? Unlink(CommandContext ctx)
    {
        if (!ctx.IsAdmin)
        {
            return new Problem("Only the group's admins can unlink it. To separate your own accounts, send /unlink in a private chat with me.");
        }

        if (ctx.Set.Spaces.Count < 2)
        {
            return new Problem("This group isn't linked with another, so there's nothing to unlink.");
        }

        var leaving = ctx.Set.Spaces.First(s => s.Key == ctx.Inbound.Where.Space.Key);
        var others = ctx.Set.Spaces.Where(s => s.Key != leaving.Key && s.IsOpen).Select(s => s.Ref).ToList();
        var community = ctx.Community;
        var split = CommunitySplitter.Split(ctx.Session, community, leaving, ctx.Now);
        ctx.Reshape(community.Id);

        var left = new CommunityContext(ctx.Session, CommunityWorkingSet.Load(ctx.Session, community), ctx.Now, ctx.Services);
        var toOthers = new MessageBuilder().Bold(leaving.Title)
            .Add(" is no longer linked with this group. Its members went with it, with their offers and the needs they asked for.").Build();
        others.ForEach(space => left.PostTo(space, toOthers, []));

        var alone = new CommunityContext(ctx.Session, CommunityWorkingSet.Load(ctx.Session, split), ctx.Now, ctx.Services);
        alone.PostTo(leaving.Ref, new MessageBuilder()
            .Add("This group is no longer linked with ").Bold(community.Name)
            .Add(". It keeps its members, their offers and the needs they asked for, with the same numbers, and the agreements as they were; " +
                 "someone from the other side who was helping with one of its needs stays on it.").Build(), []);
        return null;
    }
}
