using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest;
using CareBot.Discord.Api.Tests.Rest.Support;
using CareBot.Testing.FakeDiscord.Rest;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Discord.Api.Tests.Rest;

public sealed class BucketTests
{
    private const string CreateMessage = "POST /channels/{channel_id}/messages";

    [Fact]
    public async Task A_request_waits_for_its_bucket_to_reset_when_none_remain()
    {
        var reset = TimeSpan.FromMilliseconds(400);
        await using var harness = await RestHarness.StartAsync(new FakeDiscordRestOptions { Buckets = [new("messages", 1, reset, CreateMessage)] });
        var (_, channel) = harness.Community();

        var first = await harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "one" }, TestTimeout.Token);
        var second = await harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "two" }, TestTimeout.Token);

        Assert.True(first.IsSuccess && second.IsSuccess, $"{first} {second}");
        var sent = harness.Fake.RequestsTo(CreateMessage);
        Assert.All(sent, request => Assert.Equal(200, request.Status));
        Assert.True(sent[1].ReceivedAt - sent[0].ReceivedAt >= reset - TimeSpan.FromMilliseconds(20), "the second request went before the bucket reset");
    }

    [Fact]
    public async Task Requests_on_an_unknown_route_go_one_at_a_time_until_the_bucket_is_known()
    {
        // A bucket of one: any two requests in flight together would earn a 429.
        await using var harness = await RestHarness.StartAsync(new FakeDiscordRestOptions { Buckets = [new("messages", 1, TimeSpan.FromMilliseconds(200), CreateMessage)] });
        var (_, channel) = harness.Community();

        var sends = Enumerable.Range(0, 4)
            .Select(i => harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = $"note {i}" }, TestTimeout.Token))
            .ToList();
        var results = await Task.WhenAll(sends).WaitAsync(TestTimeout.Ceiling);

        Assert.All(results, result => Assert.True(result.IsSuccess, result.ToString()));
        Assert.All(harness.Fake.RequestsTo(CreateMessage), request => Assert.Equal(200, request.Status));
        Assert.Equal(4, harness.Fake.MessagesIn(channel.Id).Count);
    }

    [Fact]
    public async Task Two_channels_sharing_a_bucket_hash_are_limited_separately()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var harness = await RestHarness.StartAsync(new FakeDiscordRestOptions { Time = clock, Buckets = [new("messages", 1, TimeSpan.FromSeconds(5), CreateMessage)] });
        var (guild, kitchen) = harness.Community("kitchen");
        var garden = harness.Fake.CreateTextChannel(guild, "garden");

        Assert.True((await harness.Client.CreateMessageAsync(Ids.Of(kitchen), new MessageCreate { Content = "soup?" }, TestTimeout.Token)).IsSuccess);
        // The clock stands still: the garden's request can only finish if its count is not the kitchen's.
        var garden1 = await harness.Client.CreateMessageAsync(Ids.Of(garden), new MessageCreate { Content = "weeding?" }, TestTimeout.Token).Within();
        var kitchen2 = harness.Client.CreateMessageAsync(Ids.Of(kitchen), new MessageCreate { Content = "bread?" }, TestTimeout.Token);
        await harness.Logs.WaitForAsync(RestEvents.WaitingForBucket);

        Assert.True(garden1.IsSuccess, garden1.ToString());
        Assert.False(kitchen2.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.True((await kitchen2.Within()).IsSuccess);
        Assert.All(harness.Fake.RequestsTo(CreateMessage), request => Assert.Equal(200, request.Status));
    }

    [Fact]
    public async Task The_callers_pacing_is_asked_only_once_the_bucket_has_a_place_and_held_until_the_answer()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var harness = await RestHarness.StartAsync(new FakeDiscordRestOptions { Time = clock, Buckets = [new("messages", 1, TimeSpan.FromSeconds(5), CreateMessage)] });
        var (_, channel) = harness.Community();
        var asked = 0;
        var givenBack = 0;
        RequestGate pacing = _ =>
        {
            Interlocked.Increment(ref asked);
            return Task.FromResult<IDisposable>(new Permit(() => Interlocked.Increment(ref givenBack)));
        };

        var first = await harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "soup?" }, TestTimeout.Token, pacing).Within();
        var second = harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "bread?" }, TestTimeout.Token, pacing);
        await harness.Logs.WaitForAsync(RestEvents.WaitingForBucket);
        var askedWhileTheBucketWaits = Volatile.Read(ref asked);
        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.True(first.IsSuccess && (await second.Within()).IsSuccess);
        Assert.Equal(1, askedWhileTheBucketWaits);
        Assert.Equal(2, asked);
        Assert.Equal(2, givenBack);
    }

    [Fact]
    public async Task A_request_the_callers_pacing_refuses_is_not_sent_and_leaves_the_bucket_free()
    {
        await using var harness = await RestHarness.StartAsync(new FakeDiscordRestOptions { Buckets = [new("messages", 1, TimeSpan.FromSeconds(5), CreateMessage)] });
        var (_, channel) = harness.Community();
        // What the pipeline's limiter throws when its wait is given up: a TaskCanceledException, like a lost answer's.
        RequestGate stopping = _ => Task.FromException<IDisposable>(new TaskCanceledException("the host is stopping"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "soup?" }, TestTimeout.Token, stopping));
        var next = await harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "bread?" }, TestTimeout.Token).Within();

        Assert.True(next.IsSuccess, next.ToString());
        Assert.Equal(["bread?"], harness.Fake.MessagesIn(channel.Id).Select(message => message.Content));
    }

    /// <summary>The caller's permit: gives its place back when the client disposes it.</summary>
    private sealed class Permit(Action givenBack) : IDisposable
    {
        public void Dispose() => givenBack();
    }

    [Fact]
    public async Task Routes_that_share_a_bucket_hash_share_its_count()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        const string edit = "PATCH /channels/{channel_id}/messages/{message_id}";
        await using var harness = await RestHarness.StartAsync(new FakeDiscordRestOptions { Time = clock, Buckets = [new("messages", 2, TimeSpan.FromSeconds(5), CreateMessage, edit)] });
        var (_, channel) = harness.Community();
        var posted = await harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "soup?" }, TestTimeout.Token);
        var edited = await harness.Client.EditMessageAsync(Ids.Of(channel), posted.Value!.Id, new MessageEdit { Content = "soup!" }, TestTimeout.Token).Within();

        // Both routes used the one window of two: the third request waits for it, whichever route it takes.
        var third = harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "bread?" }, TestTimeout.Token);
        await harness.Logs.WaitForAsync(RestEvents.WaitingForBucket);
        Assert.True(edited.IsSuccess, edited.ToString());
        Assert.False(third.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.True((await third.Within()).IsSuccess);
        Assert.DoesNotContain(harness.Fake.Requests, request => request.Status == 429);
    }
}
