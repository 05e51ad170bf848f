using CareBot.Delivery.Tests.Support;

namespace CareBot.Delivery.Tests.Pipeline;

/// <summary>The platform's limits, for the whole bot and for each destination, hold however many destinations are busy, and across a restart.</summary>
public sealed class LimitTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task The_bot_never_makes_more_than_five_requests_in_any_second_across_twelve_busy_chats()
    {
        await using var rig = PipelineHarness.OnFakeClock(new DeliveryLimits(RateWindow.OnePer(Second), RateWindow.None, new RateWindow(5, Second)));
        for (var chat = 0; chat < 12; chat++)
        {
            for (var message = 1; message <= 3; message++)
            {
                await rig.Post($"chat{chat}", $"member{chat}", $"c{chat}m{message}");
            }
        }

        await rig.StartAsync();

        // Every chat's lane is at its first message before the clock moves: without limits they would all go now.
        await rig.Calls.WaitFor(calls => calls.Select(call => call.Destination).Distinct().Count() == 12, "a call for each chat");
        await rig.AdvanceUntil(() => rig.Calls.Requests.Count == 36, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1));

        var requests = rig.Calls.Requests;
        Assert.Equal(36, requests.Count);
        AssertAtMost(5, Second, requests);
        Assert.All(requests.GroupBy(call => call.Destination), chat => AssertAtMost(1, Second, [.. chat]));
    }

    [Fact]
    public async Task Each_chat_gets_at_most_one_message_a_second_while_the_bot_has_room_for_more()
    {
        await using var rig = PipelineHarness.OnFakeClock(new DeliveryLimits(RateWindow.OnePer(Second), RateWindow.None, new RateWindow(30, Second)));
        for (var message = 1; message <= 5; message++)
        {
            await rig.Post("hall", "ann", $"h{message}");
            await rig.Tell("bob", $"b{message}");
        }

        await rig.StartAsync();
        await rig.Calls.WaitForRequests("b1");
        await rig.Calls.WaitFor(calls => calls.Any(call => call.Tag == "h1"), "the hall's first post under way");
        await rig.AdvanceUntil(() => rig.Calls.Requests.Count == 10, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1));

        var requests = rig.Calls.Requests;
        Assert.Equal(10, requests.Count);
        Assert.All(requests.GroupBy(call => call.Destination), chat => AssertAtMost(1, Second, [.. chat]));

        // Side by side: the private chat's second message doesn't wait for the group's last.
        Assert.True(requests.Single(call => call.Tag == "b2").RequestedAt < requests.Single(call => call.Tag == "h5").RequestedAt);
    }

    [Fact]
    public async Task At_the_bots_limit_the_person_with_the_most_messages_waiting_goes_first()
    {
        await using var rig = PipelineHarness.OnFakeClock(new DeliveryLimits(RateWindow.None, RateWindow.None, RateWindow.OnePer(Second)));
        await rig.Tell("zed", "z1");
        await rig.StartAsync();

        // The bot's one place this second is taken; then Ann has one message coming and, after her, Bob three.
        await rig.Calls.WaitForRequests("z1");
        await rig.Tell("ann", "a1");
        foreach (var tag in new[] { "b1", "b2", "b3" })
        {
            await rig.Tell("bob", tag);
        }

        await rig.Calls.WaitFor(calls => calls.Any(call => call.Tag == "a1") && calls.Any(call => call.Tag == "b1"), "Ann and Bob waiting for the bot's place");
        await rig.AdvanceUntil(() => rig.Calls.Requests.Count == 5, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1));

        // Bob goes while he has more waiting than Ann; with one each, Ann, who waited longer.
        Assert.Equal(["z1", "b1", "b2", "a1", "b3"], rig.Calls.Requests.Select(call => call.Tag));
    }

    [Fact]
    public async Task Requests_made_before_a_restart_still_count_against_the_limits_right_after_it()
    {
        var minute = TimeSpan.FromMinutes(1);
        await using var rig = PipelineHarness.OnFakeClock(new DeliveryLimits(RateWindow.None, new RateWindow(3, minute), new RateWindow(5, Second)));
        foreach (var tag in new[] { "h1", "h2", "h3" })
        {
            await rig.Post("hall", "ann", tag);
        }

        await rig.Post("porch", "bob", "p1");
        await rig.Post("porch", "bob", "p2");
        await rig.StartAsync();
        await rig.Calls.WaitFor(calls => calls.Count(call => call.MadeARequest) == 5, "the first run's five requests");
        await rig.StopAsync();

        // Written while the bot was down, due as it starts: the hall had its three a minute, the bot its five a second.
        await rig.Post("hall", "ann", "h4");
        await rig.Post("porch", "bob", "p3");
        await rig.Post("yard", "cara", "y1");
        await rig.RestartAsync();
        await rig.Calls.WaitFor(calls => calls.Count == 8, "the second run at work on each of the three");
        await rig.AdvanceUntil(() => rig.Calls.Requests.Count == 8, TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(2));

        var requests = rig.Calls.Requests;
        Assert.Equal(8, requests.Count);
        Assert.All(requests.Take(5), call => Assert.Equal(PipelineHarness.Start, call.RequestedAt));
        AssertAtMost(5, Second, requests);
        AssertAtMost(3, minute, [.. requests.Where(call => call.Destination == "hall")]);

        // The hall waits out its minute; the porch and the yard only the bot's second.
        Assert.Equal("h4", requests[^1].Tag);
    }

    [Fact]
    public async Task A_request_the_platform_makes_outside_the_outbox_takes_a_place_its_messages_then_wait_for()
    {
        await using var rig = PipelineHarness.OnFakeClock(new DeliveryLimits(RateWindow.None, RateWindow.None, new RateWindow(2, Second)));
        await rig.Tell("ann", "a1");
        await rig.Tell("bob", "b1");
        var start = rig.Now;

        // Discord: two DM channels opened ahead of need, answered at once.
        (await rig.BotWide.AcquireAsync(CancellationToken.None)).Dispose();
        (await rig.BotWide.AcquireAsync(CancellationToken.None)).Dispose();
        await rig.StartAsync();
        await rig.Calls.WaitFor(calls => calls.Count == 2, "both messages waiting for the bot's limit");
        await rig.AdvanceUntil(() => rig.Calls.Requests.Count == 2, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1));

        Assert.All(rig.Calls.Requests, call => Assert.True(call.RequestedAt >= start + Second, $"{call.Tag} went at {call.RequestedAt:ss.fff}, in the second the two openings filled"));
    }

    [Fact]
    public async Task When_the_bot_is_at_its_limit_private_messages_go_before_the_posts_waiting_in_a_group()
    {
        await using var rig = PipelineHarness.OnFakeClock(new DeliveryLimits(RateWindow.None, RateWindow.None, new RateWindow(5, Second)));
        foreach (var tag in new[] { "h1", "h2", "h3" })
        {
            await rig.Post("hall", "ann", tag);
        }

        for (var person = 0; person < 20; person++)
        {
            await rig.Tell($"person{person}", $"p{person}");
        }

        await rig.StartAsync();
        await rig.Calls.WaitFor(calls => calls.Count(call => call.MadeARequest) == 5, "the bot's first five requests");
        await rig.AdvanceUntil(() => rig.Calls.Requests.Count == 23, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1));

        var requests = rig.Calls.Requests;
        Assert.Equal(23, requests.Count);
        AssertAtMost(5, Second, requests);

        // Even the hall's first post, though the window had room for it at the start, waits for the twenty.
        var lastPrivate = requests.Where(call => call.Destination != "hall").Max(call => call.RequestedAt);
        Assert.All(requests.Where(call => call.Destination == "hall"), call => Assert.True(call.RequestedAt >= lastPrivate, $"{call.Tag} went at {call.RequestedAt:ss.fff}, before the last private message at {lastPrivate:ss.fff}"));
    }

    [Fact]
    public async Task A_need_post_waits_for_the_asks_written_with_it_though_the_bot_has_room_for_both()
    {
        await using var rig = PipelineHarness.OnFakeClock(new DeliveryLimits(RateWindow.None, RateWindow.None, new RateWindow(30, Second)));
        await rig.Post("hall", "ann", "n1");
        foreach (var ask in new[] { "ask1", "ask2", "ask3" })
        {
            await rig.Tell($"helper-{ask}", ask);
            rig.Platform.Stall(ask);
        }

        await rig.StartAsync();
        await rig.Calls.WaitFor(calls => calls.Count(call => call.Tag.StartsWith("ask", StringComparison.Ordinal) && call.MadeARequest) == 3 && calls.Any(call => call.Tag == "n1"), "the asks sent and the post ready");

        // The asks are slow to be answered: the post waits for them, with 27 places free.
        await rig.Advance(TimeSpan.FromSeconds(10), Second);
        rig.Platform.ReleaseAll();
        await rig.Calls.WaitForRequests("n1");

        var post = Assert.Single(rig.Calls.Requests, call => call.Tag == "n1");
        Assert.Equal(PipelineHarness.Start + TimeSpan.FromSeconds(10), post.RequestedAt);
    }

    [Fact]
    public async Task One_persons_backlog_on_their_own_chats_limit_does_not_hold_a_group_back()
    {
        await using var rig = PipelineHarness.OnFakeClock(new DeliveryLimits(RateWindow.OnePer(Second), RateWindow.None, new RateWindow(30, Second)));
        for (var message = 1; message <= 10; message++)
        {
            await rig.Tell("bob", $"b{message}");
        }

        await rig.StartAsync();
        await rig.Calls.WaitForRequests("b1");
        await rig.Post("hall", "ann", "n1");
        await rig.Advance(Second / 2, Second / 2);
        await rig.Calls.WaitForRequests("n1");

        // Bob's lane waits for his chat's second, not for the bot: the post goes in that wait, long before his tenth.
        var post = Assert.Single(rig.Calls.Requests, call => call.Tag == "n1");
        Assert.True(post.RequestedAt < PipelineHarness.Start + Second, $"the post went at {post.RequestedAt:ss.fff}");
    }

    [Fact]
    public async Task A_post_waits_at_most_thirty_seconds_behind_private_messages()
    {
        await using var rig = PipelineHarness.OnFakeClock(new DeliveryLimits(RateWindow.None, RateWindow.None, new RateWindow(2, Second)));
        await rig.Post("hall", "ann", "h1");
        for (var person = 0; person < 100; person++)
        {
            await rig.Tell($"person{person}", $"p{person}");
        }

        await rig.StartAsync();
        await rig.Calls.WaitFor(calls => calls.Count(call => call.MadeARequest) == 2, "the bot's first two requests");
        await rig.AdvanceUntil(() => rig.Calls.Requests.Any(call => call.Tag == "h1"), TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(2));

        var requests = rig.Calls.Requests;
        var post = Assert.Single(requests, call => call.Tag == "h1");
        var waited = post.RequestedAt!.Value - PipelineHarness.Start;

        // Fifty seconds of private messages wait; the post goes once it has waited its thirty, in the middle of them.
        Assert.InRange(waited, TimeSpan.FromSeconds(29), TimeSpan.FromSeconds(32));
        Assert.True(rig.Pending().Count > 0, "private messages still waiting when the post went");
    }

    /// <summary>No <paramref name="window"/> holds more than <paramref name="limit"/> of the requests.</summary>
    private static void AssertAtMost(int limit, TimeSpan window, IReadOnlyList<PlatformCall> requests)
    {
        var times = requests.Select(call => call.RequestedAt!.Value).Order().ToList();
        for (var i = 0; i + limit < times.Count; i++)
        {
            Assert.True(times[i + limit] - times[i] >= window, $"{limit + 1} requests within {window}: from {times[i]:HH:mm:ss.fff} to {times[i + limit]:HH:mm:ss.fff}");
        }
    }
}
