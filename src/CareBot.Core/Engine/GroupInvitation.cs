using CareBot.Core.Members;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;

namespace CareBot.Core.Engine;

/// <summary>
/// <see cref="UnreachableNotice.InviteInGroup"/>: the first time a private message to someone is held, they are invited
/// in their group to open a chat with the bot, once, until what waited reaches them.
/// </summary>
internal static class GroupInvitation
{
    public static void Post(IStoreSession session, WorkingSetCache sets, OutboxMessage held, UserRef user, DateTimeOffset now)
    {
        var invited = CursorNames.Invited(user);
        if (session.Cursors.Get(invited) is not null || held.CommunityId is not { } communityId)
        {
            return;
        }

        session.Cursors.Set(invited, now.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        var set = sets.Get(session, communityId);
        var member = set.MemberFor(user);
        if (member is not null && KeepsAnAnonymousRequest(session, member))
        {
            // Named in the group moments after something happened to an anonymous need, she would be tied to it: what
            // waits for her waits, unannounced, until she opens the chat herself.
            return;
        }

        var invitation = UnreachableText.Invitation(member);
        foreach (var space in set.Spaces.Where(s => s.IsOpen && s.Platform == held.Platform))
        {
            session.Outbox.Enqueue(new OutboxMessage(Destination.Group(space.Ref), invitation, communityId, member is null ? [] : [member.Id], now, now));
        }
    }

    private static bool KeepsAnAnonymousRequest(IStoreSession session, Member member) =>
        (member.DraftNeed is not null && member.DraftIsAnonymous)
        || session.Needs.ByRequester(member.Id).Any(n => n.IsAnonymous && !n.RequesterRevealed);
}
