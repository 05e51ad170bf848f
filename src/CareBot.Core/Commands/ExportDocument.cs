using CareBot.Core.Engine;
using CareBot.Core.Linking;
using CareBot.Core.Matching;
using CareBot.Core.Members;
using CareBot.Core.Needs;
using CareBot.Core.Offers;
using CareBot.Core.Outbox;
using CareBot.Core.Storage;
using CareBot.Core.Understanding;

namespace CareBot.Core.Commands;

/// <summary>
/// What /export says about a member in one community: every field stored about them, on their member record,
/// their offers and needs, the messages waiting to reach them or naming them (not their words), and the markers kept for them.
/// What is stored only as a reading of their words (a sentence model's meaning) is said to be there, not spelled out.
/// </summary>
internal static class ExportDocument
{
    public static object Describe(IStoreSession session, CommunityWorkingSet set, Member member)
    {
        var asked = session.Needs.ByRequester(member.Id);
        var helped = session.Needs.ByHelper(member.Id);
        var involved = session.Needs.Involving(member.Id, member.CommunityId);
        return new
        {
            community = set.Community.Name,
            joinedAt = member.JoinedAt,
            lastSeenAt = member.LastSeenAt,
            identities = member.Identities.Select(i => new
            {
                platform = i.Platform,
                userId = i.UserId,
                displayName = i.DisplayName,
                invitedToPrivateChatAt = session.Cursors.Get(CursorNames.Invited(i.Ref)),
                waitingMessageNotice = session.Cursors.Get(CursorNames.WaitingNotice(i.Ref)),
                commandWaitingForYourChoiceOfGroup = session.Cursors.Get(CursorNames.CommunityChoice(i.Ref)),
                privateChatWithTheBotOpenSince = session.Cursors.Get(CursorNames.PrivateChatOpen(i.Ref)),
                linkCodeWorksUntil = LinkTickets.WaitingUntil(session, LinkTicket.SubjectOf(i.Ref)),
            }),
            lastPlatform = member.LastPlatform,
            privateMessagesGoTo = member.DmPlatform ?? "the platform used last",
            homeGroup = member.HomeSpace,
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
                nextCheckInAt = member.NextCheckInAt,
            },
            offers = session.Offers.ByMember(member.Id).Select(OfferEntry),
            needsAsked = asked.Select(NeedEntry),
            needsHelpedWith = helped.Select(NeedEntry),
            needsAskedAbout = involved.Where(n => n.WasAsked(member.Id)).Select(n => n.Number),
            needsPassedOn = involved.Where(n => n.HasPassed(member.Id)).Select(n => n.Number),
            helpedAt = member.RecentHelps,
            requestsReceivedOn = member.AskDay,
            requestsReceivedThatDay = member.AsksThatDay,
            lastAskedAt = member.LastAskedAt,
            requestsWaitingUntil = member.DeferredAsks,
            heldNeed = member.DraftNeed is { } held
                ? new { text = held, anonymous = member.DraftIsAnonymous, by = member.DraftBy, zone = member.DraftZone, helpersWanted = member.DraftHelpersWanted }
                : null,
            messagesWaiting = session.Outbox.Mentioning(member.Id).Where(m => m.CommunityId is null || m.CommunityId == member.CommunityId)
                .Select(m => MessageEntry(m, member)),
        };
    }

    private static object OfferEntry(Offer o) => new
    {
        number = o.Id,
        text = o.Text,
        categories = o.Categories,
        read = Read(o.Keywords, o.Meaning),
        zone = o.Zone,
        createdAt = o.CreatedAt,
        confirmedAt = o.ConfirmedAt,
        stillOnAskedAt = o.StillOnAskedAt,
        withdrawnAt = o.WithdrawnAt,
    };

    private static object NeedEntry(Need n) => new
    {
        number = n.Number,
        text = n.Text,
        categories = n.Categories,
        read = Read(n.Keywords, n.Meaning),
        state = n.State.ToString().ToLowerInvariant(),
        anonymous = n.IsAnonymous,
        nameSharedWithHelpers = n.RequesterRevealed,
        by = n.By,
        zone = n.Zone,
        helpersWanted = n.HelpersWanted,
        createdAt = n.CreatedAt,
        claimedAt = n.ClaimedAt,
        closedAt = n.ClosedAt,
        expiresAt = n.IsActive ? n.ExpiresAt : (DateTimeOffset?)null,
        thanks = n.Thanks,
        thanksKeptBackUntilYouDecide = n.HeldThanks,
    };

    /// <summary>What CareBot read from a text: its words as kept for matching, and whether a sentence model's meaning is kept.</summary>
    private static object Read(IReadOnlyList<string> words, SemanticVector? meaning) => new { words, meaningKept = meaning is not null };

    /// <summary>
    /// Which messages wait and for whom, not their words: they are on their way to the person anyway, and most name
    /// other people (a helper, a requester), whose names an export must not carry.
    /// </summary>
    private static object MessageEntry(OutboxMessage m, Member member)
    {
        var toThem = m.Destination.IsDirect && member.Identities.Any(i => i.Platform == m.Platform && i.UserId == m.Destination.ChatId);
        return new
        {
            to = toThem ? "you" : m.Destination.IsDirect ? "someone else, privately" : "the group",
            status = m.Status.ToString().ToLowerInvariant(),
            createdAt = m.CreatedAt,
            deliverAfter = m.DeliverAfter,
        };
    }
}
