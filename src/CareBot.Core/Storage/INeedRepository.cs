using CareBot.Core.Needs;

namespace CareBot.Core.Storage;

public interface INeedRepository
{
    Need? Get(int id);

    Need? FindByNumber(int communityId, int number);

    /// <summary>Open needs (waiting for help), newest first.</summary>
    IReadOnlyList<Need> Open(int communityId, int skip, int take);

    int CountOpen(int communityId);

    /// <summary>Open and claimed needs of a community: the map and the working set read these.</summary>
    IReadOnlyList<Need> Active(int communityId);

    /// <summary>Every need of a community, open or closed: what moves when groups are linked or separated.</summary>
    IReadOnlyList<Need> InCommunity(int communityId);

    IReadOnlyList<Need> ByRequester(int memberId);

    IReadOnlyList<Need> ByHelper(int memberId);

    /// <summary>
    /// Every need a member of a community appears in (requester, helper, asked or passed): what /export shows and
    /// /forget scrubs. Only active needs remember who was asked or passed, so only those are searched for it.
    /// </summary>
    IReadOnlyList<Need> Involving(int memberId, int communityId);

    /// <summary>Needs met since a moment, for /flow.</summary>
    IReadOnlyList<Need> DoneSince(int communityId, DateTimeOffset since);

    /// <summary>Needs with a rhythm due at or before <paramref name="now"/>, oldest first.</summary>
    IReadOnlyList<Need> RhythmDue(DateTimeOffset now, int take);

    void Insert(Need need);

    void Update(Need need);
}
