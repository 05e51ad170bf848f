using System.Threading.RateLimiting;
using CareBot.Delivery.Pacing;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Delivery.Tests.Pacing;

public sealed class SendWindowLimiterTests
{
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_thirty_first_request_in_a_second_waits_until_the_first_is_a_second_old()
    {
        var clock = NewClock();
        using var limiter = new SendWindowLimiter(new RateWindow(30, TimeSpan.FromSeconds(1)), clock);
        for (var i = 0; i < 30; i++)
        {
            (await limiter.AcquireAsync(1)).Dispose();
        }

        var next = limiter.AcquireAsync(1).AsTask();
        clock.Advance(TimeSpan.FromMilliseconds(999));
        var stillWaiting = !next.IsCompleted;
        clock.Advance(TimeSpan.FromMilliseconds(1));
        using var lease = await next.WaitAsync(Ceiling);

        Assert.True(stillWaiting);
        Assert.True(lease.IsAcquired);
    }

    [Fact]
    public async Task A_request_without_an_answer_keeps_its_place_until_its_lease_is_disposed()
    {
        var clock = NewClock();
        using var limiter = new SendWindowLimiter(RateWindow.OnePer(TimeSpan.FromSeconds(1)), clock);
        var stalled = await limiter.AcquireAsync(1);

        clock.Advance(TimeSpan.FromSeconds(5));
        var refusedWhileStalled = limiter.AttemptAcquire(1);
        stalled.Dispose();
        var refusedJustAfterAnswer = limiter.AttemptAcquire(1);
        clock.Advance(TimeSpan.FromSeconds(1));
        using var afterASecond = limiter.AttemptAcquire(1);

        Assert.False(refusedWhileStalled.IsAcquired);
        Assert.False(refusedJustAfterAnswer.IsAcquired);
        Assert.True(refusedJustAfterAnswer.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(1), retryAfter);
        Assert.True(afterASecond.IsAcquired);
    }

    [Fact]
    public async Task Sends_a_previous_run_made_still_count_after_a_restart()
    {
        var clock = NewClock();
        using var limiter = new SendWindowLimiter(new RateWindow(2, TimeSpan.FromMinutes(1)), clock);
        limiter.Seed(clock.GetUtcNow().AddSeconds(-30));
        limiter.Seed(clock.GetUtcNow().AddSeconds(-10));

        var next = limiter.AcquireAsync(1).AsTask();
        clock.Advance(TimeSpan.FromSeconds(29));
        var stillWaiting = !next.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(1));
        using var lease = await next.WaitAsync(Ceiling);

        Assert.True(stillWaiting);
        Assert.False(limiter.IsIdle(clock.GetUtcNow()));
    }

    [Fact]
    public async Task A_person_waiting_for_the_bots_limit_goes_before_a_group_that_waited_longer()
    {
        var clock = NewClock();
        using var limiter = new SendWindowLimiter(RateWindow.OnePer(TimeSpan.FromSeconds(1)), clock, groupsWaitAtMost: TimeSpan.FromSeconds(30));
        (await limiter.AcquireAsync(1)).Dispose();

        var group = limiter.For(SendPriority.Group).AcquireAsync(1).AsTask();
        clock.Advance(TimeSpan.FromMilliseconds(100));
        var person = limiter.For(SendPriority.Person).AcquireAsync(1).AsTask();
        using var cancelled = new CancellationTokenSource();
        var gaveUp = limiter.For(SendPriority.Person).AcquireAsync(1, cancelled.Token).AsTask();
        await cancelled.CancelAsync();

        clock.Advance(TimeSpan.FromMilliseconds(900));
        var first = await Task.WhenAny(group, person).WaitAsync(Ceiling);
        (await first).Dispose();
        var groupWaitedThrough = !group.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(1));
        (await group.WaitAsync(Ceiling)).Dispose();

        Assert.Same(person, first);
        Assert.True(groupWaitedThrough);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gaveUp);
    }

    [Fact]
    public async Task With_the_window_full_the_person_with_the_most_messages_waiting_goes_first_and_equals_in_arrival_order()
    {
        var clock = NewClock();
        using var limiter = new SendWindowLimiter(RateWindow.OnePer(TimeSpan.FromSeconds(1)), clock, groupsWaitAtMost: TimeSpan.FromSeconds(30));
        (await limiter.AcquireAsync(1)).Dispose();
        var backlogs = new Dictionary<string, int> { ["two"] = 2, ["also two"] = 2, ["one"] = 1 };
        var order = new List<string>();

        // In arrival order: "two", "also two", "one".
        List<(string Name, Task<RateLimitLease> Lease)> waiting = [];
        foreach (var name in new[] { "two", "also two", "one" })
        {
            waiting.Add((name, limiter.For(SendPriority.Person, () => backlogs[name]).AcquireAsync(1).AsTask()));
        }

        // While they wait, more comes for the last: its backlog is read when the place frees, not when it asked.
        backlogs["one"] = 3;
        while (waiting.Count > 0)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            var next = await Task.WhenAny(waiting.Select(request => request.Lease)).WaitAsync(Ceiling);
            var (name, lease) = waiting.Single(request => request.Lease == next);
            order.Add(name);
            backlogs[name]--;
            waiting.RemoveAll(request => request.Name == name);
            (await lease).Dispose();
        }

        Assert.Equal(["one", "two", "also two"], order);
    }

    [Fact]
    public async Task Someone_with_one_message_is_passed_over_for_longer_backlogs_for_five_seconds_at_most()
    {
        var clock = NewClock();
        using var limiter = new SendWindowLimiter(RateWindow.OnePer(TimeSpan.FromSeconds(1)), clock, groupsWaitAtMost: TimeSpan.FromSeconds(30));
        (await limiter.AcquireAsync(1)).Dispose();
        var one = limiter.For(SendPriority.Person, () => 1).AcquireAsync(1).AsTask();
        var passedOver = 0;

        // A flood: someone with ten messages waiting asks again each time they get a place (for twenty seconds at most).
        for (var second = 0; second < 20; second++)
        {
            var flood = limiter.For(SendPriority.Person, () => 10).AcquireAsync(1).AsTask();
            clock.Advance(TimeSpan.FromSeconds(1));
            var first = await Task.WhenAny(one, flood).WaitAsync(Ceiling);
            (await first).Dispose();
            if (first == one)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                (await flood.WaitAsync(Ceiling)).Dispose();
                break;
            }

            passedOver++;
        }

        Assert.Equal(4, passedOver);
    }

    [Fact]
    public async Task A_request_made_outside_the_outbox_goes_before_the_messages_waiting()
    {
        var clock = NewClock();
        using var limiter = new SendWindowLimiter(RateWindow.OnePer(TimeSpan.FromSeconds(1)), clock, groupsWaitAtMost: TimeSpan.FromSeconds(30));
        (await limiter.AcquireAsync(1)).Dispose();

        var message = limiter.For(SendPriority.Person, () => 5).AcquireAsync(1).AsTask();
        var opening = limiter.AcquireAsync(1).AsTask();
        clock.Advance(TimeSpan.FromSeconds(1));
        var first = await Task.WhenAny(message, opening).WaitAsync(Ceiling);
        (await first).Dispose();
        clock.Advance(TimeSpan.FromSeconds(1));
        (await message.WaitAsync(Ceiling)).Dispose();

        Assert.Same(opening, first);
    }

    [Fact]
    public async Task A_group_waits_with_room_to_spare_while_private_messages_are_under_way_and_goes_when_they_are_done()
    {
        var clock = NewClock();
        using var limiter = HoldingPostsForThirtySeconds(clock);
        var asks = limiter.PrivateMessagesComing();

        var post = limiter.For(SendPriority.Group).AcquireAsync(1).AsTask();
        using var ask = await limiter.For(SendPriority.Person).AcquireAsync(1);
        clock.Advance(TimeSpan.FromSeconds(5));
        var heldWhileUnderWay = !post.IsCompleted;
        asks.Dispose();
        clock.Advance(TimeSpan.Zero);
        using var posted = await post.WaitAsync(Ceiling);

        Assert.True(ask.IsAcquired);
        Assert.True(heldWhileUnderWay);
        Assert.True(posted.IsAcquired);
    }

    [Fact]
    public async Task A_group_is_not_held_while_the_private_messages_only_wait_for_their_own_chat()
    {
        var clock = NewClock();
        using var limiter = HoldingPostsForThirtySeconds(clock);
        using var backlog = limiter.PrivateMessagesComing();

        var post = limiter.For(SendPriority.Group).AcquireAsync(1).AsTask();
        var heldAtFirst = !post.IsCompleted;
        using (backlog.StepAside())
        {
            clock.Advance(TimeSpan.Zero);
            using var posted = await post.WaitAsync(Ceiling);
        }

        var next = limiter.For(SendPriority.Group).AcquireAsync(1).AsTask();

        Assert.True(heldAtFirst);
        Assert.False(next.IsCompleted, "held again once the lane is back at the bot's limit");
    }

    [Fact]
    public async Task A_group_waits_until_private_messages_have_paused_a_quarter_of_a_second()
    {
        var clock = NewClock();
        using var limiter = HoldingPostsForThirtySeconds(clock);
        (await limiter.For(SendPriority.Person).AcquireAsync(1)).Dispose();

        var post = limiter.For(SendPriority.Group).AcquireAsync(1).AsTask();
        clock.Advance(TimeSpan.FromMilliseconds(240));
        (await limiter.For(SendPriority.Person).AcquireAsync(1)).Dispose();
        clock.Advance(TimeSpan.FromMilliseconds(240));
        var heldWhileTheyKeepComing = !post.IsCompleted;
        clock.Advance(TimeSpan.FromMilliseconds(10));
        using var posted = await post.WaitAsync(Ceiling);

        Assert.True(heldWhileTheyKeepComing);
        Assert.True(posted.IsAcquired);
    }

    [Fact]
    public async Task A_group_held_for_private_messages_goes_once_it_has_waited_the_longest_hold()
    {
        var clock = NewClock();
        using var limiter = HoldingPostsForThirtySeconds(clock);
        using var endless = limiter.PrivateMessagesComing();

        var post = limiter.For(SendPriority.Group).AcquireAsync(1).AsTask();
        clock.Advance(TimeSpan.FromSeconds(29.9));
        var stillWaiting = !post.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(0.1));
        using var posted = await post.WaitAsync(Ceiling);

        Assert.True(stillWaiting);
        Assert.True(posted.IsAcquired);
    }

    private static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Thirty a second, as Telegram allows a bot, with posts held for private messages as delivery holds them.</summary>
    private static SendWindowLimiter HoldingPostsForThirtySeconds(TimeProvider clock) =>
        new(new RateWindow(30, TimeSpan.FromSeconds(1)), clock, groupsWaitAtMost: TimeSpan.FromSeconds(30));

    [Fact]
    public async Task Without_priorities_everyone_waits_in_arrival_order()
    {
        var clock = NewClock();
        using var limiter = new SendWindowLimiter(RateWindow.OnePer(TimeSpan.FromSeconds(1)), clock);
        (await limiter.AcquireAsync(1)).Dispose();

        var group = limiter.For(SendPriority.Group).AcquireAsync(1).AsTask();
        clock.Advance(TimeSpan.FromMilliseconds(100));
        var person = limiter.For(SendPriority.Person).AcquireAsync(1).AsTask();
        clock.Advance(TimeSpan.FromMilliseconds(900));
        var first = await Task.WhenAny(group, person).WaitAsync(Ceiling);
        (await first).Dispose();
        clock.Advance(TimeSpan.FromSeconds(1));
        (await person.WaitAsync(Ceiling)).Dispose();

        Assert.Same(group, first);
    }

    [Fact]
    public async Task Many_lanes_waiting_and_giving_up_at_once_all_get_their_turn_and_none_is_left_waiting()
    {
        // Real time and real threads: what the fake clock cannot show is a turn lost between a grant, a give-up and the timer.
        using var limiter = new SendWindowLimiter(new RateWindow(20, TimeSpan.FromMilliseconds(100)), TimeProvider.System, groupsWaitAtMost: TimeSpan.FromMilliseconds(300));
        var granted = 0;
        var gaveUp = 0;
        var lanes = Enumerable.Range(0, 40).Select(lane => Task.Run(async () =>
        {
            var random = new Random(lane);
            var kind = lane % 3 == 0 ? SendPriority.Group : SendPriority.Person;
            for (var request = 0; request < 15; request++)
            {
                using var impatient = new CancellationTokenSource();
                if (random.Next(5) == 0)
                {
                    impatient.CancelAfter(random.Next(1, 50));
                }

                try
                {
                    using var lease = await limiter.For(kind).AcquireAsync(1, impatient.Token);
                    Interlocked.Increment(ref granted);
                    await Task.Delay(random.Next(0, 3));
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref gaveUp);
                }
            }
        })).ToArray();

        await Task.WhenAll(lanes).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(40 * 15, granted + gaveUp);
        Assert.True(granted > 0);
        Assert.Equal(0, limiter.GetStatistics()!.CurrentQueuedCount);
    }

    [Fact]
    public void No_limit_means_every_request_goes_at_once()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new SendWindowLimiter(RateWindow.None, clock);

        var leases = Enumerable.Range(0, 1000).Select(_ => limiter.AttemptAcquire(1)).ToList();

        Assert.All(leases, lease => Assert.True(lease.IsAcquired));
        Assert.True(limiter.IsIdle(clock.GetUtcNow()));
    }
}
