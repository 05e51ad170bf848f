using CareBot.Core.Communities;
using CareBot.Core.Platforms;

namespace CareBot.Core.Storage;

public interface ICommunityRepository
{
    Community? Get(int id);

    IReadOnlyList<Community> All();

    /// <summary>Communities whose weekly digest is due at or before <paramref name="now"/>.</summary>
    IReadOnlyList<Community> DigestsDue(DateTimeOffset now);

    void Insert(Community community);

    void Update(Community community);

    /// <summary>Removes a community that was merged into another (<c>/link</c>); its spaces, members and needs moved first.</summary>
    void Delete(int id);

    Space? FindSpace(SpaceRef space);

    IReadOnlyList<Space> SpacesOf(int communityId);

    void Upsert(Space space);

    void DeleteSpace(SpaceRef space);
}
