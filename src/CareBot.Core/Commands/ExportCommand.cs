using System.Text.Json;
using CareBot.Core.Engine;
using CareBot.Core.Matching;
using CareBot.Core.Members;
using CareBot.Core.Messages;
using CareBot.Core.Needs;

namespace CareBot.Core.Commands;

/// <summary>/export: everything CareBot keeps about the person, in every community, as a JSON file sent privately.</summary>
internal sealed class ExportCommand : CommandHandler
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public override string Name => "export";

    public override string Usage => "/export";

    public override string Summary => "your data as a file (private)";

    public override bool SpansCommunities => true;

    public override Problem? Handle(CommandContext ctx)
    {
        var communities = ctx.Memberships
            .Select(set => (Set: set, Member: set.MemberFor(ctx.Inbound.From.Ref)))
            .Where(pair => pair.Member is not null)
            .Select(pair => Describe(ctx, pair.Set, pair.Member!))
            .ToList();
        var document = new { exportedAt = ctx.Now, communities };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(document, Json);
        ctx.ReplyPrivately(new MessageBuilder()
            .Line("Here is everything I keep about you, as a JSON file. /forget erases it.")
            .Attach(new Attachment($"carebot-export-{ctx.Now:yyyyMMdd}.json", "application/json", bytes))
            .Build());
        return null;
    }

    private static object Describe(CommandContext ctx, CommunityWorkingSet set, Member member)
    {
        var asked = ctx.Session.Needs.ByRequester(member.Id);
        var helped = ctx.Session.Needs.ByHelper(member.Id);
        var involved = ctx.Session.Needs.Involving(member.Id, member.CommunityId);
        return new
        {
            community = set.Community.Name,
            joinedAt = member.JoinedAt,
            lastSeenAt = member.LastSeenAt,
            identities = member.Identities.Select(i => new { platform = i.Platform, userId = i.UserId, displayName = i.DisplayName }),
            settings = new
            {
                zone = member.Zone,
                cap = member.Cap,
                quietHours = member.Quiet?.ToString(),
                timeZone = member.TimeZone,
                pausedUntil = member.PausedUntil == DateTimeOffset.MaxValue ? null : member.PausedUntil,
                pausedUntilResumed = member.PausedUntil == DateTimeOffset.MaxValue,
                notify = member.Notify.ToString().ToLowerInvariant(),
                checkIns = member.CheckIns.ToString().ToLowerInvariant(),
            },
            offers = ctx.Session.Offers.ByMember(member.Id).Select(o => new
            {
                number = o.Id, text = o.Text, categories = o.Categories, zone = o.Zone, createdAt = o.CreatedAt, withdrawnAt = o.WithdrawnAt,
            }),
            needsAsked = asked.Select(n => NeedEntry(n)),
            needsHelpedWith = helped.Select(n => NeedEntry(n)),
            needsAskedAbout = involved.Where(n => n.WasAsked(member.Id)).Select(n => n.Number),
            needsPassedOn = involved.Where(n => n.HasPassed(member.Id)).Select(n => n.Number),
            helpsInLast30Days = member.RecentHelps.Count,
            requestsReceivedOn = member.AskDay,
            heldNeed = member.DraftNeed is { } held
                ? new { text = held, anonymous = member.DraftIsAnonymous, by = member.DraftBy, zone = member.DraftZone, helpersWanted = member.DraftHelpersWanted }
                : null,
        };
    }

    private static object NeedEntry(Need n) => new
    {
        number = n.Number,
        text = n.Text,
        state = n.State.ToString().ToLowerInvariant(),
        anonymous = n.IsAnonymous,
        createdAt = n.CreatedAt,
        closedAt = n.ClosedAt,
        thanks = n.Thanks,
    };
}
