using CareBot.Core.Communities;
using CareBot.Core.Linking;
using CareBot.Core.Matching;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;

namespace CareBot.Core.Engine;

/// <summary>Working sets of the communities in use, loaded on first touch. Only used under the engine's gate.</summary>
internal sealed class WorkingSetCache
{
    private readonly Dictionary<int, CommunityWorkingSet> _sets = [];

    /// <summary>The working set of a community; an id of one that was linked into another stands for that one.</summary>
    public CommunityWorkingSet Get(IStoreSession session, int communityId)
    {
        if (!_sets.ContainsKey(communityId))
        {
            communityId = CommunityAliases.Current(session, communityId);
        }

        if (_sets.TryGetValue(communityId, out var set))
        {
            return set;
        }

        var community = session.Communities.Get(communityId)
            ?? throw new InvalidOperationException($"Community {communityId} is referenced but not stored.");
        return _sets[communityId] = CommunityWorkingSet.Load(session, community);
    }

    /// <summary>The working set for a community; a new or reopened space means a cached one is out of date.</summary>
    public CommunityWorkingSet For(IStoreSession session, Community community, SpaceChange change)
    {
        if (change != SpaceChange.AlreadyOpen)
        {
            Evict(community.Id);
        }

        return Get(session, community.Id);
    }

    /// <summary>The working sets of every community an account belongs to.</summary>
    public IReadOnlyList<CommunityWorkingSet> MembershipsOf(IStoreSession session, UserRef user) =>
        [.. CommunityResolver.Memberships(session, user).Select(m => Get(session, m.CommunityId)).Distinct()];

    public void Evict(int communityId) => _sets.Remove(communityId);

    /// <summary>
    /// Patches every loaded working set with what another instance changed, dropping only a set that cannot be patched
    /// (its community merged away, or a link recorded for it); everything when the store cannot say what changed.
    /// </summary>
    public void Refresh(StoreChanges changes)
    {
        if (changes.IsUnknown)
        {
            Clear();
            return;
        }

        foreach (var (communityId, set) in _sets.ToList())
        {
            if (changes.Cursors.Contains(CursorNames.MergedCommunity(communityId)) || !set.Refresh(changes))
            {
                Evict(communityId);
            }
        }
    }

    /// <summary>The communities whose working sets are loaded now.</summary>
    public IReadOnlyCollection<CommunityWorkingSet> Loaded => _sets.Values;

    public void Clear() => _sets.Clear();
}
