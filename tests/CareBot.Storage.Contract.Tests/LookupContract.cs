using CareBot.Core.Needs;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Storage.Contract.Tests.Support;

namespace CareBot.Storage.Contract.Tests;

/// <summary>Each lookup finds exactly the records it promises: the right community, person and state, in order.</summary>
public abstract class LookupContract : StoreContract
{
    private protected LookupContract(StoreUnderTest storage) : base(storage)
    {
    }

    public sealed class OnLiteDb() : LookupContract(new LiteDbStoreUnderTest());

    public sealed class OnPostgreSql() : LookupContract(new PostgreSqlStoreUnderTest()), IRunsOnPostgreSql;

    [ContractFact]
    public void A_person_is_found_by_any_of_their_accounts_in_every_community_they_belong_to()
    {
        Write(session =>
        {
            var inTown = Build.Member(1, "alice");
            inTown.Seen(Build.User("555", KnownPlatforms.Telegram), TestClock.Start);
            session.Members.Insert(inTown);
            session.Members.Insert(Build.Member(2, "555", KnownPlatforms.Telegram));
            session.Members.Insert(Build.Member(1, "bob"));
            session.Members.Insert(Build.Member(1, "555", KnownPlatforms.Discord));
        });

        var byTelegram = Store.Read(session => session.Members.FindByIdentity(new UserRef(KnownPlatforms.Telegram, "555")));
        var byConsole = Store.Read(session => session.Members.FindByIdentity(new UserRef(KnownPlatforms.Console, "alice")));
        var nobody = Store.Read(session => session.Members.FindByIdentity(new UserRef(KnownPlatforms.Console, "zoe")));

        Assert.Equal([1, 2], byTelegram.Select(m => m.CommunityId).Order());
        Assert.Equal([1], byConsole.Select(m => m.CommunityId));
        Assert.Empty(nobody);
        Assert.Equal(3, Store.Read(session => session.Members.InCommunity(1)).Count);
    }

    [ContractFact]
    public void A_need_number_is_looked_up_in_its_own_community()
    {
        Write(session =>
        {
            session.Needs.Insert(Build.Need(1, 1, requesterId: 1, "a ride to the clinic"));
            session.Needs.Insert(Build.Need(2, 1, requesterId: 5, "soup for a sick neighbour"));
        });

        Assert.Equal("soup for a sick neighbour", Store.Read(session => session.Needs.FindByNumber(2, 1))!.Text);
        Assert.Equal("a ride to the clinic", Store.Read(session => session.Needs.FindByNumber(1, 1))!.Text);
        Assert.Null(Store.Read(session => session.Needs.FindByNumber(1, 2)));
        Assert.Null(Store.Read(session => session.Needs.FindByNumber(3, 1)));
    }

    [ContractFact]
    public void Open_needs_come_newest_first_a_page_at_a_time_and_active_ones_include_claimed()
    {
        Write(session =>
        {
            for (var number = 1; number <= 5; number++)
            {
                var need = Build.Need(1, number, requesterId: 1);
                if (number == 2)
                {
                    Assert.Null(need.Claim(2, TestClock.Start));
                }

                if (number == 4)
                {
                    Assert.Null(need.Cancel(TestClock.Start));
                }

                session.Needs.Insert(need);
            }

            session.Needs.Insert(Build.Need(2, 9, requesterId: 3));
        });

        Assert.Equal([5, 3], Store.Read(session => session.Needs.Open(1, 0, 2)).Select(n => n.Number));
        Assert.Equal([1], Store.Read(session => session.Needs.Open(1, 2, 2)).Select(n => n.Number));
        Assert.Equal(3, Store.Read(session => session.Needs.CountOpen(1)));
        Assert.Equal([1, 2, 3, 5], Store.Read(session => session.Needs.Active(1)).Select(n => n.Number).Order());
    }

    [ContractFact]
    public void Needs_are_found_by_whoever_asked_helped_was_asked_or_passed_each_once()
    {
        Write(session =>
        {
            var asked = Build.Need(1, 1, requesterId: 1);
            asked.RecordWave([2, 3], TestClock.Start, TimeSpan.FromHours(12));
            Assert.Null(asked.Claim(2, TestClock.Start));
            Assert.Null(asked.Pass(3, TestClock.Start));
            session.Needs.Insert(asked);
            var own = Build.Need(1, 2, requesterId: 2);
            session.Needs.Insert(own);
            session.Needs.Insert(Build.Need(1, 3, requesterId: 4));
        });

        Assert.Equal([2], Store.Read(session => session.Needs.ByRequester(2)).Select(n => n.Number));
        Assert.Equal([1], Store.Read(session => session.Needs.ByHelper(2)).Select(n => n.Number));
        Assert.Equal([1, 2], Store.Read(session => session.Needs.Involving(2, 1)).Select(n => n.Number).Order());
        Assert.Equal([1], Store.Read(session => session.Needs.Involving(3, 1)).Select(n => n.Number));
        Assert.Empty(Store.Read(session => session.Needs.Involving(9, 1)));
    }

    [ContractFact]
    public void Needs_whose_rhythm_is_due_come_oldest_first_and_only_as_many_as_asked_for()
    {
        Write(session =>
        {
            for (var hour = 3; hour >= 1; hour--)
            {
                var need = Build.Need(1, hour, requesterId: 1, at: TestClock.Start.AddHours(hour));
                need.RecordWave([], TestClock.Start.AddHours(hour), TimeSpan.FromHours(1));
                session.Needs.Insert(need);
            }

            var done = Build.Need(1, 4, requesterId: 1);
            Assert.Null(done.MarkDone(1, null, TestClock.Start));
            session.Needs.Insert(done);
        });

        var due = Store.Read(session => session.Needs.RhythmDue(TestClock.Start.AddDays(1), 2));

        Assert.Equal([1, 2], due.Select(n => n.Number));
    }

    [ContractFact]
    public void Done_needs_since_a_moment_are_only_those_of_that_community_that_were_met()
    {
        Write(session =>
        {
            var met = Build.Need(1, 1, requesterId: 1);
            Assert.Null(met.MarkDone(1, "thank you!", TestClock.Start.AddDays(1)));
            var cancelled = Build.Need(1, 2, requesterId: 1);
            Assert.Null(cancelled.Cancel(TestClock.Start.AddDays(1)));
            var elsewhere = Build.Need(2, 1, requesterId: 5);
            Assert.Null(elsewhere.MarkDone(5, null, TestClock.Start.AddDays(1)));
            foreach (var need in new[] { met, cancelled, elsewhere })
            {
                session.Needs.Insert(need);
            }
        });

        var done = Store.Read(session => session.Needs.DoneSince(1, TestClock.Start));

        Assert.Equal(["thank you!"], done.Select(n => n.Thanks));
        Assert.Equal(NeedState.Done, done[0].State);
    }

    [ContractFact]
    public void Offers_are_found_by_member_and_community_and_withdrawn_ones_are_not_active()
    {
        Write(session =>
        {
            session.Offers.Insert(Build.Offer(1, 1, "rides"));
            var withdrawn = Build.Offer(1, 1, "cooking");
            withdrawn.Withdraw(TestClock.Start);
            session.Offers.Insert(withdrawn);
            session.Offers.Insert(Build.Offer(1, 2, "dog walking", at: TestClock.Start.AddDays(3)));
            session.Offers.Insert(Build.Offer(2, 3, "tutoring"));
        });

        Assert.Equal(["rides", "cooking"], Store.Read(session => session.Offers.ByMember(1)).Select(o => o.Text));
        Assert.Equal(["dog walking", "rides"], Store.Read(session => session.Offers.ActiveInCommunity(1)).Select(o => o.Text).Order());
        Assert.Equal(["dog walking"], Store.Read(session => session.Offers.MadeSince(1, TestClock.Start.AddDays(1))).Select(o => o.Text));

        Write(session => session.Offers.DeleteByMember(1));
        Assert.Empty(Store.Read(session => session.Offers.ByMember(1)));
        Assert.Single(Store.Read(session => session.Offers.ByMember(2)));
    }

    [ContractFact]
    public void Pending_messages_come_in_the_order_they_were_written_for_their_platform_only()
    {
        Write(session =>
        {
            session.Outbox.Enqueue(Build.ToGroup("first"));
            session.Outbox.Enqueue(new OutboxMessage(Destination.Group(new SpaceRef(KnownPlatforms.Telegram, "-100")),
                Core.Messages.OutgoingMessage.Text("for telegram"), 1, [], TestClock.Start, TestClock.Start));
            session.Outbox.Enqueue(Build.ToPerson("bob", "second", deliverAfter: TestClock.Start.AddMinutes(-5)));
            session.Outbox.Enqueue(Build.ToGroup("third"));
        });

        Assert.Equal(["first", "second"], Texts(Store.Read(session => session.Outbox.Due(KnownPlatforms.Console, TestClock.Start, 2))));
        Assert.Equal(["for telegram"], Texts(Store.Read(session => session.Outbox.Due(KnownPlatforms.Telegram, TestClock.Start, 10))));
        Assert.Equal(TestClock.Start.AddMinutes(-5), Store.Read(session => session.Outbox.NextDue(KnownPlatforms.Console)));
        Assert.Null(Store.Read(session => session.Outbox.NextDue(KnownPlatforms.Discord)));
    }

    [ContractFact]
    public void Held_messages_are_found_for_the_person_they_wait_for_only()
    {
        Write(session =>
        {
            foreach (var (name, platform) in new[] { ("alice", KnownPlatforms.Console), ("bob", KnownPlatforms.Console), ("alice", KnownPlatforms.Telegram) })
            {
                var message = new OutboxMessage(Destination.Direct(new UserRef(platform, name)), Core.Messages.OutgoingMessage.Text($"{name} on {platform}"),
                    1, [], TestClock.Start, TestClock.Start);
                message.Hold("403");
                session.Outbox.Enqueue(message);
            }

            session.Outbox.Enqueue(Build.ToPerson("alice", "pending, not held"));
        });

        var held = Store.Read(session => session.Outbox.HeldFor(new UserRef(KnownPlatforms.Console, "alice")));

        Assert.Equal(["alice on console"], Texts(held));
    }

    [ContractFact]
    public void Forgetting_a_member_erases_every_message_to_or_about_them_and_nothing_else()
    {
        Write(session =>
        {
            session.Outbox.Enqueue(Build.ToPerson("alice", "to alice", null, 1));
            var sent = Build.ToGroup("names alice and bob");
            session.Outbox.Enqueue(new OutboxMessage(sent.Destination, sent.Content, 1, [1, 2], TestClock.Start, TestClock.Start));
            session.Outbox.Enqueue(Build.ToPerson("bob", "to bob", null, 2));
        });

        var erased = 0;
        Write(session => erased = session.Outbox.DeleteMentioning(1));

        Assert.Equal(2, erased);
        Assert.Equal(["to bob"], Texts(Store.Read(session => session.Outbox.Due(KnownPlatforms.Console, TestClock.Start, 10))));
    }

    private static string[] Texts(IEnumerable<OutboxMessage> messages) => [.. messages.Select(m => m.Content.PlainText)];
}
