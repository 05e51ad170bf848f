using CareBot.Core.Members;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;

namespace CareBot.Core.Linking;

/// <summary>
/// <c>/link</c> between a person's accounts: afterwards every membership of either account holds both, so the person
/// is one member in each community. Where both accounts were members, the one that issued the code is kept (its
/// settings win) and takes in the other.
/// </summary>
internal static class AccountLinker
{
    public static Problem? Link(IStoreSession session, UserRef issuer, UserRef redeemer)
    {
        var issuers = session.Members.FindByIdentity(issuer);
        var redeemers = session.Members.FindByIdentity(redeemer);
        if (issuers.Count == 0)
        {
            return new Problem("The account that asked for this code isn't with CareBot any more. Ask for a new code with /link in a private chat there.");
        }

        if (issuers.Any(i => redeemers.Any(r => r.Id == i.Id)))
        {
            return new Problem("These two accounts are already joined. /unlink separates them.");
        }

        var identities = issuers.Concat(redeemers).SelectMany(m => m.Identities).DistinctBy(i => i.Ref.Key).ToList();
        if (identities.GroupBy(i => i.Platform).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return new Problem($"That would give you two {twice.Key} accounts, and a person has one on each platform. /unlink the other one first.");
        }

        foreach (var member in redeemers)
        {
            if (issuers.FirstOrDefault(i => i.CommunityId == member.CommunityId) is { } kept)
            {
                MemberMerger.Merge(session, kept, member);
            }
        }

        foreach (var member in session.Members.FindByIdentity(issuer).Concat(session.Members.FindByIdentity(redeemer)).DistinctBy(m => m.Id))
        {
            identities.ForEach(member.AddIdentity);
            session.Members.Update(member);
        }

        return null;
    }

    /// <summary>
    /// <c>/unlink</c> in a private chat: each membership keeps one account. Where only one of the accounts is on a
    /// platform the community has a group on, that one stays; otherwise the account that typed it. The others start afresh.
    /// </summary>
    /// <returns>The communities where accounts were separated.</returns>
    public static Result<IReadOnlyList<int>> Unlink(IStoreSession session, UserRef typedFrom)
    {
        var linked = session.Members.FindByIdentity(typedFrom).Where(m => m.Identities.Count > 1).ToList();
        if (linked.Count == 0)
        {
            return Result<IReadOnlyList<int>>.Fail("This account isn't joined with another one. /link in a private chat joins your accounts on two platforms.");
        }

        foreach (var member in linked)
        {
            var platforms = session.Communities.SpacesOf(member.CommunityId).Select(s => s.Platform).ToHashSet(StringComparer.Ordinal);
            var present = member.Identities.Where(i => platforms.Contains(i.Platform)).ToList();
            var keeper = present.Count == 1 ? present[0].Ref : typedFrom;
            foreach (var identity in member.Identities.Where(i => i.Ref != keeper).ToList())
            {
                member.RemoveIdentity(identity.Ref);
            }

            session.Members.Update(member);
        }

        return Result<IReadOnlyList<int>>.Ok([.. linked.Select(m => m.CommunityId)]);
    }
}
