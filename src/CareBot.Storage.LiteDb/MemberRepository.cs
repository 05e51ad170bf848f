using CareBot.Core.Members;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;
using LiteDB;

namespace CareBot.Storage.LiteDb;

/// <summary>Members. Each lookup is a named query, so a test can check that LiteDB answers it from an index.</summary>
internal sealed class MemberRepository(LiteDatabase db) : IMemberRepository
{
    private readonly ILiteCollection<Member> _members = db.GetCollection<Member>(Collections.Members);

    public Member? Get(int id) => _members.FindById(id);

    public IReadOnlyList<Member> FindByIdentity(UserRef user) => [.. WithIdentity(user).ToEnumerable()];

    public IReadOnlyList<Member> InCommunity(int communityId) => [.. OfCommunity(communityId).ToEnumerable()];

    public IReadOnlyList<Member> CheckInsDue(DateTimeOffset now) => [.. CheckInDueBy(now).ToEnumerable()];

    public void Insert(Member member) => _members.Insert(member);

    public void Update(Member member) => _members.Update(member);

    public void Delete(int id) => _members.Delete(id);

    /// <summary>A multi-key index holds every identity of a member; matching one element needs ANY.</summary>
    internal ILiteQueryable<Member> WithIdentity(UserRef user) =>
        _members.Query().Where(Filters.AnyEqual("IdentityKeys", user.Key));

    internal ILiteQueryable<Member> OfCommunity(int communityId) =>
        _members.Query().Where(Filters.Equal("CommunityId", communityId));

    internal ILiteQueryable<Member> CheckInDueBy(DateTimeOffset now) =>
        _members.Query().Where(Dates.UpTo("NextCheckInAt", now));
}
