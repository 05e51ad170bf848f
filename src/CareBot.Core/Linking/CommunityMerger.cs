using CareBot.Core.Communities;
using CareBot.Core.Storage;

namespace CareBot.Core.Linking;

/// <summary>
/// <c>/link</c> between groups: the joining community becomes part of the one that issued the code, which keeps its name
/// and agreements. Spaces, members, offers and needs move over; the joining side's need numbers move on past the
/// issuing side's, so every number stays unique; a person who was a member on both sides becomes one member.
/// </summary>
internal static class CommunityMerger
{
    /// <returns>The numbers of the joining side's open and claimed needs, before and after, to tell its members.</returns>
    public static IReadOnlyList<(int Was, int Is)> Merge(IStoreSession session, Community into, Community joining)
    {
        SettleMembers(session, into);
        SettleMembers(session, joining);
        foreach (var space in session.Communities.SpacesOf(joining.Id))
        {
            space.MoveTo(into.Id);
            session.Communities.Upsert(space);
        }

        var offset = into.MakeRoomForNumbers(joining.LastNeedNumber);
        var renumbered = new List<(int Was, int Is)>();
        foreach (var need in session.Needs.InCommunity(joining.Id).OrderBy(n => n.Number))
        {
            if (need.IsActive)
            {
                renumbered.Add((need.Number, need.Number + offset));
            }

            need.MoveTo(into.Id, need.Number + offset);
            session.Needs.Update(need);
        }

        foreach (var offer in session.Offers.InCommunity(joining.Id))
        {
            offer.MoveTo(into.Id, offer.MemberId);
            session.Offers.Update(offer);
        }

        var staying = session.Members.InCommunity(into.Id);
        foreach (var member in session.Members.InCommunity(joining.Id))
        {
            if (staying.FirstOrDefault(m => m.SharesIdentityWith(member)) is { } same)
            {
                MemberMerger.Merge(session, same, member);
                continue;
            }

            member.MoveTo(into.Id);
            session.Members.Update(member);
        }

        session.Communities.Update(into);
        session.Communities.Delete(joining.Id);
        CommunityAliases.Record(session, joining.Id, into.Id, offset);
        return renumbered;
    }

    /// <summary>Members from before home groups were kept: their community had one group until now, so that one is their home.</summary>
    private static void SettleMembers(IStoreSession session, Community community)
    {
        var home = session.Communities.SpacesOf(community.Id).OrderByDescending(s => s.IsOpen).ThenBy(s => s.JoinedAt).FirstOrDefault();
        if (home is null)
        {
            return;
        }

        foreach (var member in session.Members.InCommunity(community.Id).Where(m => m.HomeSpace is null))
        {
            member.SettleIn(home.Ref);
            session.Members.Update(member);
        }
    }
}
