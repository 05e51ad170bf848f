using CareBot.Core.Members;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;
using LiteDB;

namespace CareBot.Storage.LiteDb;

internal sealed class MemberRepository(LiteDatabase db) : IMemberRepository
{
    private readonly ILiteCollection<Member> _members = db.GetCollection<Member>(Collections.Members);

    public Member? Get(int id) => _members.FindById(id);

    public IReadOnlyList<Member> FindByIdentity(UserRef user) => [.. _members.Find(Query.EQ("$.IdentityKeys[*]", user.Key))];

    public IReadOnlyList<Member> InCommunity(int communityId) => [.. _members.Find(Query.EQ("CommunityId", communityId))];

    public IReadOnlyList<Member> CheckInsDue(DateTimeOffset now) => [.. _members.Find(Dates.UpTo("NextCheckInAt", now))];

    public void Insert(Member member) => _members.Insert(member);

    public void Update(Member member) => _members.Update(member);

    public void Delete(int id) => _members.Delete(id);
}
