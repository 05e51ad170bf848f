using CareBot.Core.Engine;
using CareBot.Core.Platforms;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Outbox;

/// <summary>
/// The sender records each attempt in the outbox before the call: a crash between "attempt recorded" and "sent" leaves
/// exactly that message to send again (the one possible duplicate for its chat), and the sends of the last minute on
/// record, so a restarted sender keeps to the limits the platform is still counting.
/// </summary>
public sealed class CrashDuringSendTests
{
    [Fact]
    public async Task After_a_crash_mid_send_only_the_message_whose_attempt_was_recorded_can_repeat()
    {
        using var h = new EngineHarness();
        await h.Join("alice", "bob", "carol");
        await h.Say("alice", "/needs");
        await h.Say("bob", "/needs");
        await h.Say("carol", "/needs");
        var due = h.Engine.Outbox.Due(KnownPlatforms.Console, 10);
        Assert.Equal(3, due.Count);

        // The first went through; the second was being handed over when the process died.
        await h.Engine.Outbox.BeginAttemptAsync(due[0].Id, CancellationToken.None);
        await h.Engine.Outbox.MarkSentAsync(due[0].Id, CancellationToken.None);
        await h.Engine.Outbox.BeginAttemptAsync(due[1].Id, CancellationToken.None);

        using var restarted = new CareEngine(h.Store, h.Clock, [h.Admins]);
        var again = restarted.Outbox.Due(KnownPlatforms.Console, 10);

        Assert.Equal([due[1].Id, due[2].Id], again.Select(m => m.Id));
        Assert.Single(again, m => m.AttemptedAt is not null);
        Assert.Equal(due[1].Id, again.Single(m => m.AttemptedAt is not null).Id);
        var sends = restarted.Outbox.RecentSends(KnownPlatforms.Console);
        Assert.Equal(2, sends.Count);
        Assert.All(sends, send => Assert.Equal(EngineHarness.Group, send.ChatId));
    }

    [Fact]
    public async Task Sends_are_remembered_for_a_minute_and_then_forgotten()
    {
        using var h = new EngineHarness();
        await h.Join("alice");
        await h.Say("alice", "/needs");
        await h.Say("alice", "/needs");
        var due = h.Engine.Outbox.Due(KnownPlatforms.Console, 10);
        await h.Engine.Outbox.BeginAttemptAsync(due[0].Id, CancellationToken.None);
        h.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Single(h.Engine.Outbox.RecentSends(KnownPlatforms.Console));

        h.Clock.Advance(TimeSpan.FromSeconds(2));
        await h.Engine.Outbox.BeginAttemptAsync(due[1].Id, CancellationToken.None);

        var left = Assert.Single(h.Engine.Outbox.RecentSends(KnownPlatforms.Console));
        Assert.Equal(h.Now, left.At);
        Assert.Single(h.Snapshot().Collections["sends"]);
    }

    [Fact]
    public async Task A_send_to_a_private_chat_is_counted_without_keeping_whose_chat_it_was()
    {
        using var h = new EngineHarness();
        await h.Join("alice");
        await h.Dm("alice", "/mine");
        var reply = Assert.Single(h.Engine.Outbox.Due(KnownPlatforms.Console, 10));

        await h.Engine.Outbox.BeginAttemptAsync(reply.Id, CancellationToken.None);

        var send = Assert.Single(h.Engine.Outbox.RecentSends(KnownPlatforms.Console));
        Assert.Null(send.ChatId);
        Assert.DoesNotContain(People.IdOf("alice"), LiteDB.JsonSerializer.Serialize(h.Snapshot().Collections["sends"].Single()), StringComparison.Ordinal);
    }
}
