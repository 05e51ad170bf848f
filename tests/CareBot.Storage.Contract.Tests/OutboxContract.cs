using CareBot.Core.Messages;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Storage.Contract.Tests.Support;

namespace CareBot.Storage.Contract.Tests;

/// <summary>The outbox as the delivery pipeline uses it: what is due, what waits, what moves, and what is forgotten.</summary>
public abstract class OutboxContract : StoreContract
{
    private static readonly DateTimeOffset At = TestClock.Start.AddHours(1);

    private protected OutboxContract(StoreUnderTest storage) : base(storage)
    {
    }

    public sealed class OnLiteDb() : OutboxContract(new LiteDbStoreUnderTest());

    public sealed class OnPostgreSql() : OutboxContract(new PostgreSqlStoreUnderTest()), IRunsOnPostgreSql;

    [ContractFact]
    public void An_enqueued_message_gets_an_id_and_reads_back_the_same()
    {
        var message = Build.ToPerson("alice", "a ride on Tuesday?", At, 1, 2);
        message.MarkAsAskFor(needId: 7, memberId: 2);
        message.ShowOnlyFor(TimeSpan.FromMinutes(10));
        Write(session => session.Outbox.Enqueue(message));

        Assert.True(message.Id > 0);
        var read = Store.Read(session => session.Outbox.Get(message.Id));
        Assert.Equal(Snapshot.Of(message), Snapshot.Of(read));
        Assert.Equal([1, 2], read!.MemberIds);
        Assert.Equal(TimeSpan.FromMinutes(10), read.ShownFor);
    }

    [ContractFact]
    public void A_message_being_sent_keeps_its_attempt_and_a_retry_waits_for_its_time()
    {
        var message = Build.ToGroup("need #1");
        Write(session => session.Outbox.Enqueue(message));

        Write(session =>
        {
            var taken = session.Outbox.Get(message.Id)!;
            taken.BeginAttempt(At);
            session.Outbox.Update(taken);
        });
        var attempted = Restart().Read(session => session.Outbox.Get(message.Id))!;
        Assert.Equal(At, attempted.AttemptedAt);
        Assert.False(attempted.Undelivered);

        Write(session =>
        {
            var failed = session.Outbox.Get(message.Id)!;
            failed.RetryAt(At.AddMinutes(5), "429 too many requests");
            session.Outbox.Update(failed);
        });

        Assert.Empty(Store.Read(session => session.Outbox.Due(KnownPlatforms.Console, At.AddMinutes(5).AddSeconds(-1), 10)));
        var retried = Assert.Single(Store.Read(session => session.Outbox.Due(KnownPlatforms.Console, At.AddMinutes(5), 10)));
        Assert.Equal(1, retried.Attempts);
        Assert.Equal("429 too many requests", retried.LastError);
        Assert.Equal(At.AddMinutes(5), Store.Read(session => session.Outbox.NextDue(KnownPlatforms.Console)));
    }

    [ContractFact]
    public void Deferred_requests_come_back_when_due_oldest_first_and_are_never_delivered_as_they_are()
    {
        Write(session =>
        {
            foreach (var (text, until) in new[] { ("second", At.AddHours(2)), ("first", At), ("later", At.AddDays(1)) })
            {
                var ask = Build.ToPerson("alice", text);
                ask.Defer(until);
                session.Outbox.Enqueue(ask);
            }
        });

        Assert.Equal(["second", "first"], Texts(Store.Read(session => session.Outbox.DeferredDue(At.AddHours(2), 10))));
        Assert.Equal(["second"], Texts(Store.Read(session => session.Outbox.DeferredDue(At.AddHours(2), 1))));
        Assert.Empty(Store.Read(session => session.Outbox.Due(KnownPlatforms.Console, At.AddDays(2), 10)));
        Assert.Null(Store.Read(session => session.Outbox.NextDue(KnownPlatforms.Console)));
    }

    [ContractFact]
    public void Asks_about_a_need_are_found_by_the_need_whatever_their_state()
    {
        Write(session =>
        {
            foreach (var (member, defer) in new[] { (2, false), (3, true) })
            {
                var ask = Build.ToPerson($"m{member}", "can you help with #1?");
                ask.MarkAsAskFor(needId: 1, member);
                if (defer)
                {
                    ask.Defer(At);
                }

                session.Outbox.Enqueue(ask);
            }

            var other = Build.ToPerson("m4", "can you help with #2?");
            other.MarkAsAskFor(needId: 2, memberId: 4);
            session.Outbox.Enqueue(other);
        });

        Assert.Equal([2, 3], Store.Read(session => session.Outbox.AsksFor(1)).Select(m => m.AskedMemberId!.Value).Order());
        Assert.Empty(Store.Read(session => session.Outbox.AsksFor(3)));
    }

    [ContractFact]
    public void Readdressing_moves_only_pending_messages_for_the_old_chat()
    {
        var old = Destination.Group(new SpaceRef(KnownPlatforms.Console, "town"));
        var moved = Destination.Group(new SpaceRef(KnownPlatforms.Console, "town-2"));
        Write(session =>
        {
            session.Outbox.Enqueue(Build.ToGroup("one"));
            session.Outbox.Enqueue(Build.ToGroup("two"));
            session.Outbox.Enqueue(Build.ToGroup("elsewhere", chatId: "garden"));
            var failed = Build.ToGroup("failed");
            failed.Fail("chat not found", At);
            session.Outbox.Enqueue(failed);
        });

        var count = 0;
        Write(session => count = session.Outbox.Readdress(old, moved));

        Assert.Equal(2, count);
        var due = Store.Read(session => session.Outbox.Due(KnownPlatforms.Console, At, 10));
        Assert.Equal(["one -> town-2", "two -> town-2", "elsewhere -> garden"], due.Select(m => $"{m.Content.PlainText} -> {m.Destination.ChatId}"));
    }

    [ContractFact]
    public void Messages_naming_a_member_are_listed_in_the_order_written_and_a_deleted_one_is_gone()
    {
        Write(session =>
        {
            session.Outbox.Enqueue(Build.ToPerson("alice", "first", null, 1));
            session.Outbox.Enqueue(Build.ToPerson("bob", "not alice", null, 2));
            session.Outbox.Enqueue(Build.ToPerson("bob", "names alice", null, 2, 1));
        });

        var mentioning = Store.Read(session => session.Outbox.Mentioning(1));
        Assert.Equal(["first", "names alice"], Texts(mentioning));

        Write(session => session.Outbox.Delete(mentioning[0].Id));
        Assert.Null(Store.Read(session => session.Outbox.Get(mentioning[0].Id)));
        Assert.Equal(["names alice"], Texts(Store.Read(session => session.Outbox.Mentioning(1))));
    }

    [ContractFact]
    public void Sends_are_counted_per_platform_from_a_moment_on_and_forgotten_up_to_one()
    {
        var group = Destination.Group(new SpaceRef(KnownPlatforms.Telegram, "-100"));
        Write(session =>
        {
            for (var second = 0; second < 3; second++)
            {
                session.Outbox.RecordSend(new SendRecord(group, At.AddSeconds(second)));
            }

            session.Outbox.RecordSend(new SendRecord(Destination.Direct(new UserRef(KnownPlatforms.Discord, "9")), At));
        });

        var since = Store.Read(session => session.Outbox.SentSince(KnownPlatforms.Telegram, At.AddSeconds(1)));
        Assert.Equal([At.AddSeconds(1), At.AddSeconds(2)], since.Select(r => r.At));
        Assert.All(since, record => Assert.Equal("-100", record.ChatId));

        var forgotten = 0;
        Write(session => forgotten = session.Outbox.ForgetSendsBefore(At.AddSeconds(1)));

        Assert.Equal(3, forgotten);
        Assert.Equal([At.AddSeconds(2)], Store.Read(session => session.Outbox.SentSince(KnownPlatforms.Telegram, At)).Select(r => r.At));
        Assert.Empty(Store.Read(session => session.Outbox.SentSince(KnownPlatforms.Discord, At)));
    }

    [ContractFact]
    public void A_message_with_rich_content_reads_back_whole()
    {
        var content = new OutgoingMessage
        {
            Lines = [[Span.Bold("<b>not markup</b> & more"), Span.Mention(new UserRef(KnownPlatforms.Discord, "7"), "Zoë \"z\" ✓")], [Span.Plain("line two\ttab")]],
            Buttons = [Button.For("I can help", "/help 1", communityId: 1)],
        };
        var message = new OutboxMessage(Destination.Group(new SpaceRef(KnownPlatforms.Discord, "42")), content, 1, [3], At, At);
        Write(session => session.Outbox.Enqueue(message));

        var read = Restart().Read(session => session.Outbox.Get(message.Id))!;

        Assert.Equal(Snapshot.Of(message.Content), Snapshot.Of(read.Content));
        Assert.Equal(KnownPlatforms.Discord, read.Platform);
    }

    private static string[] Texts(IEnumerable<OutboxMessage> messages) => [.. messages.Select(m => m.Content.PlainText)];
}
