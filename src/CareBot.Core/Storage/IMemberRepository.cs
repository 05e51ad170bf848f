using CareBot.Core.Members;
using CareBot.Core.Platforms;

namespace CareBot.Core.Storage;

public interface IMemberRepository
{
    Member? Get(int id);

    /// <summary>Every membership of one account: a person may belong to several communities.</summary>
    IReadOnlyList<Member> FindByIdentity(UserRef user);

    IReadOnlyList<Member> InCommunity(int communityId);

    /// <summary>Members whose weekly check-in is due at or before <paramref name="now"/>.</summary>
    IReadOnlyList<Member> CheckInsDue(DateTimeOffset now);

    void Insert(Member member);

    void Update(Member member);

    void Delete(int id);
}
