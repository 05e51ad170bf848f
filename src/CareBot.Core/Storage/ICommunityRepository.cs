using CareBot.Core.Communities;
using CareBot.Core.Platforms;

namespace CareBot.Core.Storage;

public interface ICommunityRepository
{
    Community? Get(int id);

    IReadOnlyList<Community> All();

    void Insert(Community community);

    void Update(Community community);

    Space? FindSpace(SpaceRef space);

    IReadOnlyList<Space> SpacesOf(int communityId);

    void Upsert(Space space);
}
