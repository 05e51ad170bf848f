using CareBot.Core.Platforms;
using CareBot.Storage.Contract.Tests.Support;

namespace CareBot.Storage.Contract.Tests;

/// <summary>
/// Lookups by time find exactly what is due, to the second, whatever time zone the machine is in: LiteDB
/// converts dates to local time unless told otherwise, and an hour's slip would ping people early or late.
/// </summary>
public abstract class DueTimeContract : StoreContract
{
    private static readonly DateTimeOffset At = TestClock.Start.AddHours(5);

    private protected DueTimeContract(StoreUnderTest storage) : base(storage)
    {
    }

    public sealed class OnLiteDb() : DueTimeContract(new LiteDbStoreUnderTest());

    public sealed class OnPostgreSql() : DueTimeContract(new PostgreSqlStoreUnderTest()), IRunsOnPostgreSql;

    [ContractFact]
    public void A_message_held_for_quiet_hours_is_due_at_its_time_and_not_a_second_before()
    {
        var store = Store;
        store.Write(session =>
        {
            session.Outbox.Enqueue(Build.ToPerson("alice", "good news", deliverAfter: At));
            return true;
        });

        Assert.Empty(store.Read(session => session.Outbox.Due(KnownPlatforms.Console, At.AddSeconds(-1), 10)));
        Assert.Single(store.Read(session => session.Outbox.Due(KnownPlatforms.Console, At, 10)));
        Assert.Equal(At, store.Read(session => session.Outbox.NextDue(KnownPlatforms.Console)));
    }

    [ContractFact]
    public void A_need_is_due_for_its_rhythm_at_its_time_and_not_a_second_before()
    {
        var store = Store;
        var need = Build.Need(1, 1, requesterId: 1, at: At.AddDays(-3));
        store.Write(session =>
        {
            session.Needs.Insert(need);
            return true;
        });

        var due = need.NextRhythmAt!.Value;
        Assert.Equal(At, due);
        Assert.Empty(store.Read(session => session.Needs.RhythmDue(due.AddSeconds(-1), 10)));
        Assert.Single(store.Read(session => session.Needs.RhythmDue(due, 10)));
    }

    [ContractFact]
    public void A_check_in_is_due_at_its_time_and_not_a_second_before()
    {
        var store = Store;
        store.Write(session =>
        {
            var member = Build.Member(1, "alice");
            member.SetCheckIns(Core.Members.CheckInPreference.Weekly, At);
            session.Members.Insert(member);
            session.Members.Insert(Build.Member(1, "bob"));
            return true;
        });

        Assert.Empty(store.Read(session => session.Members.CheckInsDue(At.AddSeconds(-1))));
        Assert.Equal(["alice"], store.Read(session => session.Members.CheckInsDue(At)).Select(m => m.DisplayName));
    }

    [ContractFact]
    public void An_offer_is_due_for_its_still_on_question_at_its_time_and_not_a_second_before()
    {
        var store = Store;
        var offer = Build.Offer(1, 1, at: At.AddDays(-Core.Offers.Offer.StaleAfterDays));
        store.Write(session =>
        {
            session.Offers.Insert(offer);
            return true;
        });

        Assert.Empty(store.Read(session => session.Offers.StillOnDue(At.AddSeconds(-1), 10)));
        Assert.Single(store.Read(session => session.Offers.StillOnDue(At, 10)));
    }

    [ContractFact]
    public void A_weekly_digest_is_due_at_its_time_and_not_a_second_before()
    {
        var store = Store;
        store.Write(session =>
        {
            session.Communities.Insert(Build.Community("town", at: At.AddDays(-7)));
            session.Communities.Insert(Build.Community("garden", at: At));
            return true;
        });

        Assert.Empty(store.Read(session => session.Communities.DigestsDue(At.AddSeconds(-1))));
        Assert.Equal(["town"], store.Read(session => session.Communities.DigestsDue(At)).Select(c => c.Name));
    }

    [ContractFact]
    public void Failed_messages_are_purged_from_the_moment_they_failed_on_and_others_are_left()
    {
        var store = Store;
        store.Write(session =>
        {
            var message = Build.ToGroup("posted");
            message.Fail("chat not found", At);
            session.Outbox.Enqueue(message);
            session.Outbox.Enqueue(Build.ToGroup("still to send"));
            return true;
        });

        Assert.Equal(0, Purge(store, At.AddSeconds(-1)));
        Assert.Equal(1, Purge(store, At));
        Assert.Equal(["still to send"], store.Read(session => session.Outbox.Due(KnownPlatforms.Console, At, 10)).Select(m => m.Content.PlainText));
    }

    [ContractFact]
    public void Needs_done_since_a_moment_include_that_moment_and_nothing_earlier()
    {
        var store = Store;
        store.Write(session =>
        {
            var need = Build.Need(1, 1, requesterId: 1);
            Assert.Null(need.MarkDone(1, "thank you", At));
            session.Needs.Insert(need);
            return true;
        });

        Assert.Single(store.Read(session => session.Needs.DoneSince(1, At)));
        Assert.Empty(store.Read(session => session.Needs.DoneSince(1, At.AddSeconds(1))));
    }

    private static int Purge(Core.Storage.ICareStore store, DateTimeOffset before)
    {
        var purged = 0;
        store.Write(session =>
        {
            purged = session.Outbox.PurgeFailed(before);
            return true;
        });
        return purged;
    }
}
