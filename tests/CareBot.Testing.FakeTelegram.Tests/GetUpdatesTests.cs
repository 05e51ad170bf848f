using System.Diagnostics;
using System.Net;
using CareBot.Testing.FakeTelegram.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace CareBot.Testing.FakeTelegram.Tests;

public sealed class GetUpdatesTests
{
    private static CancellationToken Ct => TestTimeout.Token;

    [Fact]
    public async Task A_long_poll_returns_as_soon_as_an_update_arrives()
    {
        await using var harness = await Harness.StartAsync();
        var user = harness.Server.CreateUser("Ada");
        var stopwatch = Stopwatch.StartNew();

        var poll = harness.Client.GetUpdates(timeout: 20, cancellationToken: Ct);
        await harness.Server.WaitUntilAsync(() => harness.Server.IsLongPolling, Harness.Timeout, Ct);
        harness.Server.UserStartsBot(user, "hello");
        var updates = await poll;

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
        var message = Assert.Single(updates).Message!;
        Assert.Equal("/start hello", message.Text);
        Assert.Equal(MessageEntityType.BotCommand, message.Entities!.Single().Type);
        Assert.Equal(6, message.Entities!.Single().Length);
    }

    [Fact]
    public async Task An_empty_long_poll_answers_just_before_its_timeout()
    {
        await using var harness = await Harness.StartAsync();
        var stopwatch = Stopwatch.StartNew();

        var updates = await harness.Client.GetUpdates(timeout: 1, cancellationToken: Ct);

        // It waited rather than answering at once. How close to the timeout it answers is checked exactly on a fake
        // clock (below); a tight upper bound on the wall clock would only measure how busy the machine is.
        Assert.Empty(updates);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromMilliseconds(700), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_long_poll_on_a_fake_clock_ends_when_the_clock_passes_its_timeout()
    {
        var clock = new ManualClock();
        await using var harness = await Harness.StartAsync(new FakeTelegramOptions { TimeProvider = clock });

        var poll = harness.Client.GetUpdates(timeout: 30, cancellationToken: Ct);
        await harness.Server.WaitUntilAsync(() => harness.Server.IsLongPolling, Harness.Timeout, Ct);
        clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Empty(await poll.WaitAsync(Harness.Timeout, Ct));
    }

    [Fact]
    public async Task An_offset_confirms_and_drops_earlier_updates()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync();
        harness.Server.SendText(group, owner, "/one");
        harness.Server.SendText(group, owner, "/two");

        var first = await harness.Client.GetUpdates(cancellationToken: Ct);
        var again = await harness.Client.GetUpdates(cancellationToken: Ct);
        var afterConfirming = await harness.Client.GetUpdates(offset: first[0].Id + 1, cancellationToken: Ct);
        var limited = await harness.Client.GetUpdates(limit: 1, cancellationToken: Ct);

        Assert.Equal(["/one", "/two"], first.Select(update => update.Message!.Text));
        Assert.Equal(first.Select(update => update.Id), again.Select(update => update.Id));
        Assert.Equal("/two", Assert.Single(afterConfirming).Message!.Text);
        Assert.Equal("/two", Assert.Single(limited).Message!.Text);
        Assert.Equal(1, harness.Server.PendingUpdateCount);
    }

    [Fact]
    public async Task A_second_poller_terminates_the_first_with_a_conflict()
    {
        await using var harness = await Harness.StartAsync();
        var user = harness.Server.CreateUser("Ada");

        var first = harness.Raw.CallAsync("getUpdates", new { timeout = 20 }, Ct);
        await harness.Server.WaitUntilAsync(() => harness.Server.IsLongPolling, Harness.Timeout, Ct);
        var second = harness.Raw.CallAsync("getUpdates", new { timeout = 20 }, Ct);
        var conflict = await first.WaitAsync(Harness.Timeout, Ct);
        harness.Server.UserStartsBot(user);
        var delivered = await second.WaitAsync(Harness.Timeout, Ct);

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Equal("Conflict: terminated by other getUpdates request; make sure that only one bot instance is running", conflict.Description);
        Assert.Equal(1, delivered.Result.GetArrayLength());
    }

    [Fact]
    public async Task Allowed_updates_filter_what_is_queued_from_then_on()
    {
        await using var harness = await Harness.StartAsync();
        var owner = harness.Server.CreateUser("Olga");
        var group = harness.Server.CreateGroup("Neighbours", owner);

        await harness.Client.GetUpdates(allowedUpdates: [UpdateType.Message], cancellationToken: Ct);
        harness.Server.AddBotToGroup(group, owner);
        var updates = await harness.Client.GetUpdates(cancellationToken: Ct);

        Assert.Equal([UpdateType.Message], updates.Select(update => update.Type));
        Assert.Equal(harness.Server.Bot.Id, updates[0].Message!.NewChatMembers!.Single().Id);
    }

    [Fact]
    public async Task Adding_the_bot_to_a_group_tells_it_about_its_new_membership()
    {
        await using var harness = await Harness.StartAsync();
        var owner = harness.Server.CreateUser("Olga", "olga");
        var group = harness.Server.CreateGroup("Neighbours", owner);

        harness.Server.AddBotToGroup(group, owner);
        var updates = await harness.Client.GetUpdates(cancellationToken: Ct);

        var change = updates[0].MyChatMember!;
        Assert.Equal((ChatMemberStatus.Left, ChatMemberStatus.Member), (change.OldChatMember.Status, change.NewChatMember.Status));
        Assert.Equal(owner.Id, change.From.Id);
        Assert.Equal(group.Id, change.Chat.Id);
        Assert.Equal(UpdateType.Message, updates[1].Type);
    }

    [Fact]
    public async Task Stopping_the_server_ends_a_pending_long_poll_at_once()
    {
        var harness = await Harness.StartAsync();
        var poll = harness.Client.GetUpdates(timeout: 50, cancellationToken: Ct);
        await harness.Server.WaitUntilAsync(() => harness.Server.IsLongPolling, Harness.Timeout, Ct);
        var stopwatch = Stopwatch.StartNew();

        await harness.DisposeAsync();

        Assert.Empty(await poll.WaitAsync(Harness.Timeout, Ct));
        // Far sooner than the poll's 50 s: the bound only has to tell "at once" from "at the timeout", on any machine.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
    }
}
