using CareBot.Core.Platforms;
using CareBot.Storage.Contract.Tests.Support;

namespace CareBot.Storage.Contract.Tests;

/// <summary>What /forget relies on: an erasing write removes a person's records for good, and only when it commits.</summary>
public abstract class ErasureContract : StoreContract
{
    private protected ErasureContract(StoreUnderTest storage) : base(storage)
    {
    }

    public sealed class OnLiteDb() : ErasureContract(new LiteDbStoreUnderTest());

    public sealed class OnPostgreSql() : ErasureContract(new PostgreSqlStoreUnderTest()), IRunsOnPostgreSql;

    [ContractFact]
    public void An_erasing_write_that_commits_leaves_nothing_of_the_person_to_find_even_after_a_restart()
    {
        var (aliceId, bobId) = Seed();

        Store.Write(session =>
        {
            session.EraseTracesOnCommit();
            Erase(session, aliceId);
            return true;
        });

        var reopened = Restart();
        Assert.Null(reopened.Read(session => session.Members.Get(aliceId)));
        Assert.Empty(reopened.Read(session => session.Members.FindByIdentity(new UserRef(KnownPlatforms.Console, "alice"))));
        Assert.Empty(reopened.Read(session => session.Offers.ByMember(aliceId)));
        Assert.Empty(reopened.Read(session => session.Outbox.Mentioning(aliceId)));
        Assert.Null(reopened.Read(session => session.Cursors.Get("invited:console:alice")));
        Assert.NotNull(reopened.Read(session => session.Members.Get(bobId)));
        Assert.Single(reopened.Read(session => session.Offers.ByMember(bobId)));
    }

    [ContractFact]
    public void An_erasing_write_that_rolls_back_erases_nothing_and_the_next_write_is_an_ordinary_one()
    {
        var (aliceId, _) = Seed();

        Store.Write(session =>
        {
            session.EraseTracesOnCommit();
            Erase(session, aliceId);
            return false;
        });
        Write(session => session.Cursors.Set("update:console", "2"));

        Assert.NotNull(Store.Read(session => session.Members.Get(aliceId)));
        Assert.Single(Store.Read(session => session.Offers.ByMember(aliceId)));
        Assert.Single(Store.Read(session => session.Outbox.Mentioning(aliceId)));
    }

    private (int Alice, int Bob) Seed()
    {
        var alice = Build.Member(1, "alice");
        var bob = Build.Member(1, "bob");
        Write(session =>
        {
            session.Members.Insert(alice);
            session.Members.Insert(bob);
            session.Offers.Insert(Build.Offer(1, alice.Id, "alice's soup"));
            session.Offers.Insert(Build.Offer(1, bob.Id, "bob's rides"));
            session.Outbox.Enqueue(Build.ToPerson("alice", "hello alice", null, alice.Id));
            session.Cursors.Set("invited:console:alice", "yes");
        });
        return (alice.Id, bob.Id);
    }

    private static void Erase(Core.Storage.IStoreSession session, int memberId)
    {
        session.Members.Delete(memberId);
        session.Offers.DeleteByMember(memberId);
        session.Outbox.DeleteMentioning(memberId);
        session.Cursors.Delete("invited:console:alice");
    }
}
