using CareBot.Core.Members;
using CareBot.Core.Storage;

namespace CareBot.Core.Linking;

/// <summary>
/// Two memberships of one person in one community become one (their groups were linked, or they joined their accounts):
/// the one kept keeps its settings and takes the other's accounts, offers, needs, commitments and waiting messages, so
/// the person is matched, counted and asked once.
/// </summary>
internal static class MemberMerger
{
    /// <summary>Merges <paramref name="gone"/> into <paramref name="keep"/>; the needs of both must already be in <paramref name="keep"/>'s community.</summary>
    public static void Merge(IStoreSession session, Member keep, Member gone)
    {
        keep.Absorb(gone);
        foreach (var offer in session.Offers.ByMember(gone.Id))
        {
            offer.MoveTo(keep.CommunityId, keep.Id);
            session.Offers.Update(offer);
        }

        var needs = session.Needs.ByRequester(gone.Id)
            .Concat(session.Needs.ByHelper(gone.Id))
            .Concat(session.Needs.Active(keep.CommunityId).Where(n => n.WasAsked(gone.Id) || n.HasPassed(gone.Id) || n.HeldThanksBy == gone.Id))
            .DistinctBy(n => n.Id);
        foreach (var need in needs)
        {
            need.ReplaceMember(gone.Id, keep.Id);
            session.Needs.Update(need);
        }

        foreach (var message in session.Outbox.Mentioning(gone.Id))
        {
            message.ReplaceMember(gone.Id, keep.Id);
            session.Outbox.Update(message);
        }

        session.Members.Delete(gone.Id);
        session.Members.Update(keep);
    }
}
