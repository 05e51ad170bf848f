using CareBot.Core.Storage;

namespace CareBot.Core.Matching;

/// <summary>Patching a loaded working set with rows another CareBot instance changed, instead of loading it again.</summary>
internal sealed partial class CommunityWorkingSet
{
    /// <summary>
    /// Brings the set up to date with rows another instance changed (<see cref="StoreChanges"/>), each taken out as the
    /// set held it and put back as it is now, through the same methods a load uses, so every index ends as a fresh load
    /// would leave it. False when the set cannot be patched (its community was merged away or deleted): drop it.
    /// </summary>
    public bool Refresh(StoreChanges changes)
    {
        var id = Community.Id;
        if (changes.Communities.TryGetValue(id, out var community))
        {
            if (community is null)
            {
                return false;
            }

            Community = community;
        }

        foreach (var (key, space) in changes.Spaces)
        {
            Spaces.RemoveAll(s => s.Key == key);
            if (space?.CommunityId == id)
            {
                Spaces.Add(space);
            }
        }

        foreach (var (memberId, member) in changes.Members)
        {
            Forget(memberId);
            if (member?.CommunityId == id)
            {
                AddMember(member);
            }
        }

        foreach (var (offerId, offer) in changes.Offers)
        {
            RemoveOffer(offerId);
            if (offer is { IsActive: true } && offer.CommunityId == id)
            {
                AddOffer(offer);
            }
        }

        foreach (var (needId, need) in changes.Needs)
        {
            var counted = _countedHelpers.GetValueOrDefault(needId) ?? [];
            var mine = need?.CommunityId == id ? need : null;
            TrackCommitments(counted, mine is { IsActive: true } ? mine.HelperIds : []);
            if (mine is not null)
            {
                TrackNeed(mine);
            }
            else
            {
                _countedHelpers.Remove(needId);
                _openNeedCategories.Remove(needId);
            }
        }

        return true;
    }

    /// <summary>Takes a member out of the member indexes only: their offers and commitments come from rows of their own.</summary>
    private void Forget(int memberId)
    {
        if (!_members.Remove(memberId, out var member))
        {
            return;
        }

        foreach (var identity in member.Identities)
        {
            // Another member may hold the identity now (accounts joined with /link): theirs stays.
            if (_memberByIdentity.TryGetValue(identity.Ref.Key, out var holder) && holder == memberId)
            {
                _memberByIdentity.Remove(identity.Ref.Key);
            }
        }
    }
}
