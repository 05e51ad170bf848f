using CareBot.Core.Communities;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;
using LiteDB;

namespace CareBot.Storage.LiteDb;

internal sealed class CommunityRepository(LiteDatabase db) : ICommunityRepository
{
    private readonly ILiteCollection<Community> _communities = db.GetCollection<Community>(Collections.Communities);
    private readonly ILiteCollection<Space> _spaces = db.GetCollection<Space>(Collections.Spaces);

    public Community? Get(int id) => _communities.FindById(id);

    public IReadOnlyList<Community> All() => [.. _communities.FindAll()];

    public IReadOnlyList<Community> DigestsDue(DateTimeOffset now) => [.. DigestDueBy(now).ToEnumerable()];

    public void Insert(Community community) => _communities.Insert(community);

    public void Update(Community community) => _communities.Update(community);

    public void Delete(int id) => _communities.Delete(id);

    public Space? FindSpace(SpaceRef space) => _spaces.FindById(space.Key);

    public IReadOnlyList<Space> SpacesOf(int communityId) => [.. SpacesIn(communityId).ToEnumerable()];

    public void Upsert(Space space) => _spaces.Upsert(space);

    public void DeleteSpace(SpaceRef space) => _spaces.Delete(space.Key);

    internal ILiteQueryable<Community> DigestDueBy(DateTimeOffset now) => _communities.Query().Where(Dates.UpTo("NextDigestAt", now));

    internal ILiteQueryable<Space> SpacesIn(int communityId) => _spaces.Query().Where(Filters.Equal("CommunityId", communityId));
}
