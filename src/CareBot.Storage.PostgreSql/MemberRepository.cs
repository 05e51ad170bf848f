using CareBot.Core.Members;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;

namespace CareBot.Storage.PostgreSql;

internal sealed class MemberRepository(DocumentCommands documents) : IMemberRepository
{
    public Member? Get(int id) => documents.Get<Member>(Tables.Members, id);

    public IReadOnlyList<Member> FindByIdentity(UserRef user) => documents.Find<Member>(Lookups.MembersWithIdentity, [user.Key]);

    public IReadOnlyList<Member> InCommunity(int communityId) => documents.Find<Member>(Lookups.MembersOfCommunity, [communityId]);

    public IReadOnlyList<Member> CheckInsDue(DateTimeOffset now) => documents.Find<Member>(Lookups.CheckInsDue, [Moments.Utc(now)]);

    public void Insert(Member member) => documents.Insert(Tables.Members, member);

    public void Update(Member member) => documents.Update(Tables.Members, member);

    public void Delete(int id) => documents.Delete(Tables.Members, id);
}
