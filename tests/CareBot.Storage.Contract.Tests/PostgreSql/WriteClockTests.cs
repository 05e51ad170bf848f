using System.Globalization;
using CareBot.Core.Communities;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;
using CareBot.Storage.Contract.Tests.Support;
using CareBot.Storage.PostgreSql;

namespace CareBot.Storage.Contract.Tests.PostgreSql;

/// <summary>
/// Instances sharing a database take turns to write, and each learns when another changed what engines cache
/// (<see cref="IStoreSession.ChangesElsewhere"/>), from the write clock every write transaction takes first.
/// </summary>
public sealed class WriteClockTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase _database = TestPostgres.CreateDatabase();
    private readonly PostgreSqlCareStore _first;
    private readonly PostgreSqlCareStore _second;

    public WriteClockTests()
    {
        _first = PostgreSqlCareStore.Open(_database.ConnectionString);
        _second = PostgreSqlCareStore.Open(_database.ConnectionString);
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        _database.Dispose();
    }

    [PostgreSqlFact]
    public void An_instance_hears_of_a_change_made_by_another_and_not_of_its_own()
    {
        var start = ChangesSeenBy(_first);
        Assert.Equal(start, ChangesSeenBy(_first));

        _second.Write(session =>
        {
            session.Communities.Insert(new Community("town", Now));
            return true;
        });
        var afterOther = ChangesSeenBy(_first);
        Assert.Equal(start + 1, afterOther);

        _first.Write(session =>
        {
            session.Communities.Insert(new Community("garden", Now));
            return true;
        });
        Assert.Equal(afterOther, ChangesSeenBy(_first));
    }

    [PostgreSqlFact]
    public void Delivery_bookkeeping_and_rolled_back_writes_elsewhere_leave_cached_data_alone()
    {
        var start = ChangesSeenBy(_first);

        _second.Write(session =>
        {
            session.Outbox.Enqueue(new OutboxMessage(Destination.Group(new SpaceRef(KnownPlatforms.Telegram, "-100")), Core.Messages.OutgoingMessage.Text("hello"), null, [], Now, Now));
            return true;
        });
        _second.Write(session =>
        {
            session.Communities.Insert(new Community("never", Now));
            return false;
        });

        Assert.Equal(start, ChangesSeenBy(_first));
    }

    [PostgreSqlFact]
    public void Writers_on_two_instances_at_once_take_turns_so_no_change_is_lost()
    {
        const int Each = 40;
        _first.Write(session =>
        {
            session.Cursors.Set("count", "0");
            return true;
        });

        var writers = new[] { _first, _second }.Select(store => Task.Run(() =>
        {
            for (var i = 0; i < Each; i++)
            {
                // Read, then write what was read plus one: two writers at once would lose one of the two.
                store.Write(session =>
                {
                    var count = int.Parse(session.Cursors.Get("count")!, CultureInfo.InvariantCulture);
                    session.Cursors.Set("count", (count + 1).ToString(CultureInfo.InvariantCulture));
                    return true;
                });
            }
        })).ToArray();

        Assert.True(Task.WaitAll(writers, TimeSpan.FromSeconds(60)), "both writers finished");
        Assert.Equal((2 * Each).ToString(CultureInfo.InvariantCulture), _first.Read(session => session.Cursors.Get("count")));
    }

    [PostgreSqlFact]
    public void An_instance_is_told_which_rows_another_changed_and_deleted_and_never_its_own()
    {
        var community = new Community("town", Now);
        _first.Write(session =>
        {
            session.Communities.Insert(community);
            return true;
        });
        var kept = new Core.Members.Member(community.Id, new PlatformUser(new UserRef(KnownPlatforms.Console, "kept"), "kept"), Now);
        var gone = new Core.Members.Member(community.Id, new PlatformUser(new UserRef(KnownPlatforms.Console, "gone"), "gone"), Now);
        _second.Write(session =>
        {
            session.Members.Insert(kept);
            session.Members.Insert(gone);
            return true;
        });
        Assert.Equal(new[] { kept.Id, gone.Id }, ChangedFor(_first).Members.Keys.Order());

        _second.Write(session =>
        {
            session.Members.Delete(gone.Id);
            kept.PauseUntil(Now.AddDays(3));
            session.Members.Update(kept);
            session.Cursors.Set("seen", "1");
            return true;
        });
        _second.Write(session =>
        {
            session.Members.Delete(kept.Id);
            session.Members.Insert(kept);
            return true;
        });
        var changed = ChangedFor(_first);

        Assert.False(changed.IsUnknown);
        Assert.Null(changed.Members[gone.Id]);
        Assert.Equal(kept.PausedUntil, changed.Members[kept.Id]!.PausedUntil);
        Assert.Equal("seen", Assert.Single(changed.Cursors));
        Assert.Empty(changed.Communities);
        Assert.Same(StoreChanges.None, ChangedFor(_first));
        Assert.Same(StoreChanges.None, ChangedFor(_second));
    }

    [PostgreSqlFact]
    public void An_instance_that_never_wrote_is_told_it_cannot_know_what_changed()
    {
        _second.Write(session =>
        {
            session.Communities.Insert(new Community("town", Now));
            return true;
        });

        Assert.True(ChangedFor(_first).IsUnknown);
    }

    /// <summary>What a write transaction of <paramref name="store"/> is told others changed, as an engine's turn asks.</summary>
    private static StoreChanges ChangedFor(PostgreSqlCareStore store)
    {
        StoreChanges changed = StoreChanges.None;
        store.Write(session =>
        {
            changed = session.ChangedElsewhere();
            return false;
        });
        return changed;
    }

    /// <summary>What a write transaction of <paramref name="store"/> reports, as an engine's turn would see it.</summary>
    private static long ChangesSeenBy(PostgreSqlCareStore store)
    {
        long seen = 0;
        store.Write(session =>
        {
            seen = session.ChangesElsewhere;
            return false;
        });
        return seen;
    }
}
