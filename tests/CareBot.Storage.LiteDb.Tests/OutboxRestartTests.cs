using CareBot.Core.Engine;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Storage.LiteDb.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Storage.LiteDb.Tests;

/// <summary>The outbox is what makes a crash harmless: nothing written is lost, nothing delivered is repeated.</summary>
public sealed class OutboxRestartTests : IDisposable
{
    private readonly TempDatabase _file = new();
    private readonly FakeTimeProvider _clock = TestClock.Create();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void Pending_messages_are_still_due_after_a_restart_and_failed_ones_are_not()
    {
        var later = TestClock.Start.AddHours(9);
        using (var store = _file.Open())
        {
            store.Write(session =>
            {
                session.Outbox.Enqueue(Build.ToGroup("need #1 posted"));
                var failed = Build.ToGroup("the chat is gone");
                failed.Fail("chat not found", TestClock.Start);
                session.Outbox.Enqueue(failed);
                session.Outbox.Enqueue(Build.ToPerson("bob", "could you help?", deliverAfter: later));
                return true;
            });
        }

        using var reopened = _file.Open();
        using var engine = new CareEngine(reopened, _clock, []);
        Assert.Equal(["need #1 posted"], Texts(engine.Outbox.Due(KnownPlatforms.Console, 10)));

        _clock.SetUtcNow(later);
        Assert.Equal(["need #1 posted", "could you help?"], Texts(engine.Outbox.Due(KnownPlatforms.Console, 10)));
    }

    [Fact]
    public async Task A_message_marked_sent_before_a_restart_is_not_delivered_again()
    {
        using (var store = _file.Open())
        using (var engine = new CareEngine(store, _clock, []))
        {
            store.Write(session =>
            {
                session.Outbox.Enqueue(Build.ToGroup("first"));
                session.Outbox.Enqueue(Build.ToGroup("second"));
                return true;
            });
            var first = engine.Outbox.Due(KnownPlatforms.Console, 1).Single();
            await engine.Outbox.MarkSentAsync(first.Id, CancellationToken.None);
        }

        using var reopened = _file.Open();
        using var restarted = new CareEngine(reopened, _clock, []);
        Assert.Equal(["second"], Texts(restarted.Outbox.Due(KnownPlatforms.Console, 10)));
    }

    [Fact]
    public async Task Held_messages_wait_through_a_restart_until_the_person_can_be_reached()
    {
        using (var store = _file.Open())
        {
            store.Write(session =>
            {
                foreach (var (name, text) in new[] { ("alice", "bob can help with #1"), ("carol", "for carol") })
                {
                    var message = Build.ToPerson(name, text);
                    message.Hold("Forbidden: bot can't initiate conversation with a user");
                    session.Outbox.Enqueue(message);
                }

                return true;
            });
        }

        using var reopened = _file.Open();
        using var engine = new CareEngine(reopened, _clock, []);
        Assert.Empty(engine.Outbox.Due(KnownPlatforms.Console, 10));

        await engine.Outbox.ReleaseHeldAsync(new UserRef(KnownPlatforms.Console, "alice"), CancellationToken.None);

        Assert.Equal(["bob can help with #1"], Texts(engine.Outbox.Due(KnownPlatforms.Console, 10)));
        var stillHeld = reopened.Read(session => session.Outbox.HeldFor(new UserRef(KnownPlatforms.Console, "carol")));
        Assert.Equal(["for carol"], Texts(stillHeld));
    }

    [Fact]
    public async Task A_retry_scheduled_before_a_restart_is_due_at_its_time_after_it()
    {
        using (var store = _file.Open())
        using (var engine = new CareEngine(store, _clock, []))
        {
            store.Write(session =>
            {
                session.Outbox.Enqueue(Build.ToGroup("try again"));
                return true;
            });
            var message = engine.Outbox.Due(KnownPlatforms.Console, 1).Single();
            await engine.Outbox.RetryLaterAsync(message.Id, TimeSpan.FromMinutes(5), "429 Too Many Requests", CancellationToken.None);
        }

        using var reopened = _file.Open();
        using var restarted = new CareEngine(reopened, _clock, []);
        Assert.Empty(restarted.Outbox.Due(KnownPlatforms.Console, 10));
        Assert.Equal(TestClock.Start.AddMinutes(5), reopened.Read(session => session.Outbox.NextDue(KnownPlatforms.Console)));

        _clock.Advance(TimeSpan.FromMinutes(5));
        var due = restarted.Outbox.Due(KnownPlatforms.Console, 10).Single();
        Assert.Equal(1, due.Attempts);
        Assert.Equal("429 Too Many Requests", due.LastError);
    }

    private static string[] Texts(IEnumerable<OutboxMessage> messages) => [.. messages.Select(m => m.Content.PlainText)];
}
