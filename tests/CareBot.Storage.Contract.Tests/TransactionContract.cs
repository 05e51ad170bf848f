using CareBot.Core.Storage;
using CareBot.Storage.Contract.Tests.Support;

namespace CareBot.Storage.Contract.Tests;

/// <summary>A command's changes and the messages they cause are kept together or not at all.</summary>
public abstract class TransactionContract : StoreContract
{
    private protected TransactionContract(StoreUnderTest storage) : base(storage)
    {
    }

    public sealed class OnLiteDb() : TransactionContract(new LiteDbStoreUnderTest());

    public sealed class OnPostgreSql() : TransactionContract(new PostgreSqlStoreUnderTest()), IRunsOnPostgreSql;

    [ContractFact]
    public void A_write_whose_work_returns_false_leaves_nothing_behind()
    {
        var store = Store;
        
        {
            var before = Seed(store);
            store.Write(session =>
            {
                ChangeEverything(session);
                return false;
            });

            Assert.Equal(before, State(store));
        }

        var reopened = Restart();
        Assert.Equal(Expected(), State(reopened));
    }

    [ContractFact]
    public void A_write_whose_work_throws_leaves_nothing_behind_and_the_caller_sees_the_exception()
    {
        var store = Store;
        
        {
            var before = Seed(store);
            var thrown = Assert.Throws<InvalidOperationException>(() => store.Write(session =>
            {
                ChangeEverything(session);
                throw new InvalidOperationException("a bug halfway through a command");
            }));

            Assert.Equal("a bug halfway through a command", thrown.Message);
            Assert.Equal(before, State(store));
        }

        var reopened = Restart();
        Assert.Equal(Expected(), State(reopened));
    }

    [ContractFact]
    public void After_a_rolled_back_write_the_next_one_commits()
    {
        var store = Store;
        Seed(store);
        Assert.Throws<InvalidOperationException>(() => store.Write(_ => throw new InvalidOperationException("bug")));
        store.Write(session => false);

        store.Write(session =>
        {
            session.Cursors.Set("update:console", "2");
            return true;
        });

        Assert.Equal("2", store.Read(session => session.Cursors.Get("update:console")));
    }

    [ContractFact]
    public void Writes_may_not_nest()
    {
        var store = Store;
        var thrown = Assert.Throws<InvalidOperationException>(() => store.Write(_ =>
        {
            store.Write(_ => true);
            return true;
        }));

        Assert.Contains("must not nest", thrown.Message, StringComparison.Ordinal);
    }

    [ContractFact]
    public void A_read_inside_a_write_sees_what_the_write_changed_so_far_and_others_see_it_once_committed()
    {
        var seenInside = "";
        Store.Write(session =>
        {
            session.Cursors.Set("update:console", "7");
            seenInside = Store.Read(inner => inner.Cursors.Get("update:console")) ?? "";
            return true;
        });

        Assert.Equal("7", seenInside);
        Assert.Equal("7", Restart().Read(session => session.Cursors.Get("update:console")));
    }

    [ContractFact]
    public void The_messages_a_change_causes_are_committed_with_it()
    {
        Store.Write(session =>
        {
            var community = Build.Community();
            session.Communities.Insert(community);
            session.Needs.Insert(Build.Need(community.Id, community.TakeNextNeedNumber(), requesterId: 1));
            session.Communities.Update(community);
            session.Outbox.Enqueue(Build.ToGroup("need #1: a ride to the clinic"));
            return true;
        });

        var reopened = Restart();
        Assert.Equal(1, reopened.Read(session => session.Needs.CountOpen(1)));
        Assert.Equal(["need #1: a ride to the clinic"], reopened.Read(session => session.Outbox.Due("console", TestClock.Start, 10)).Select(m => m.Content.PlainText));
    }

    private static string Seed(ICareStore store)
    {
        store.Write(session =>
        {
            var community = Build.Community();
            session.Communities.Insert(community);
            session.Communities.Upsert(Build.Space(community.Id));
            session.Members.Insert(Build.Member(community.Id, "alice"));
            session.Cursors.Set("update:console", "1");
            return true;
        });
        var state = State(store);
        Assert.Equal(Expected(), state);
        return state;
    }

    private static string Expected() =>
        "communities: [town #0] | spaces: [console:town] | members: [alice] | offers: [] | needs: [] | outbox: [] | cursor: 1";

    /// <summary>Every kind of change a command can make: inserts, updates, deletes, messages and cursors.</summary>
    private static void ChangeEverything(IStoreSession session)
    {
        var community = session.Communities.Get(1)!;
        community.Rename("renamed");
        community.TakeNextNeedNumber();
        session.Communities.Update(community);
        session.Communities.Upsert(Build.Space(community.Id, "garden"));
        var alice = session.Members.Get(1)!;
        alice.PauseUntil(null);
        session.Members.Update(alice);
        session.Members.Insert(Build.Member(community.Id, "bob"));
        session.Offers.Insert(Build.Offer(community.Id, alice.Id));
        session.Needs.Insert(Build.Need(community.Id, 1, alice.Id));
        session.Outbox.Enqueue(Build.ToGroup("need #1"));
        session.Cursors.Set("update:console", "2");
    }

    private static string State(ICareStore store) => store.Read(session =>
    {
        var communities = session.Communities.All();
        var ids = communities.Select(c => c.Id).ToList();
        return string.Join(" | ",
            List("communities", communities.Select(c => $"{c.Name} #{c.LastNeedNumber}")),
            List("spaces", ids.SelectMany(session.Communities.SpacesOf).Select(s => s.Key)),
            List("members", ids.SelectMany(session.Members.InCommunity).Select(m => m.DisplayName + (m.PausedUntil is null ? "" : " (paused)"))),
            List("offers", ids.SelectMany(session.Offers.ActiveInCommunity).Select(o => o.Text)),
            List("needs", ids.SelectMany(session.Needs.Active).Select(n => n.Text)),
            List("outbox", session.Outbox.Due("console", DateTimeOffset.MaxValue, 10).Select(m => m.Content.PlainText)),
            "cursor: " + session.Cursors.Get("update:console"));
    });

    private static string List(string label, IEnumerable<string> items) => $"{label}: [{string.Join(", ", items)}]";
}
