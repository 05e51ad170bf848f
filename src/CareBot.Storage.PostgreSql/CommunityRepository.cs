using CareBot.Core.Communities;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;

namespace CareBot.Storage.PostgreSql;

internal sealed class CommunityRepository(DocumentCommands documents) : ICommunityRepository
{
    public Community? Get(int id) => documents.Get<Community>(Tables.Communities, id);

    public IReadOnlyList<Community> All() => documents.All<Community>(Tables.Communities);

    public IReadOnlyList<Community> DigestsDue(DateTimeOffset now) => documents.Find<Community>(Lookups.DigestsDue, [Moments.Utc(now)]);

    public void Insert(Community community) => documents.Insert(Tables.Communities, community);

    public void Update(Community community) => documents.Update(Tables.Communities, community);

    public void Delete(int id) => documents.Delete(Tables.Communities, id);

    public Space? FindSpace(SpaceRef space) => documents.Get<Space>(Tables.Spaces, space.Key);

    public IReadOnlyList<Space> SpacesOf(int communityId) => documents.Find<Space>(Lookups.SpacesOfCommunity, [communityId]);

    public void Upsert(Space space) => documents.Upsert(Tables.Spaces, space);

    public void DeleteSpace(SpaceRef space) => documents.Delete(Tables.Spaces, space.Key);
}
