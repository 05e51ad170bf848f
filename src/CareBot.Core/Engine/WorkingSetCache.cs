using CareBot.Core.Matching;
using CareBot.Core.Storage;

namespace CareBot.Core.Engine;

/// <summary>Working sets of the communities in use, loaded on first touch. Only used under the engine's gate.</summary>
internal sealed class WorkingSetCache
{
    private readonly Dictionary<int, CommunityWorkingSet> _sets = [];

    public CommunityWorkingSet Get(IStoreSession session, int communityId)
    {
        if (_sets.TryGetValue(communityId, out var set))
        {
            return set;
        }

        var community = session.Communities.Get(communityId)
            ?? throw new InvalidOperationException($"Community {communityId} is referenced but not stored.");
        return _sets[communityId] = CommunityWorkingSet.Load(session, community);
    }

    public void Evict(int communityId) => _sets.Remove(communityId);

    public void Clear() => _sets.Clear();
}
