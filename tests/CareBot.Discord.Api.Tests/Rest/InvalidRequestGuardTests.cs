using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest;
using CareBot.Discord.Api.Tests.Rest.Support;
using CareBot.Testing.FakeDiscord.Rest;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Discord.Api.Tests.Rest;

public sealed class InvalidRequestGuardTests
{
    [Fact]
    public async Task The_invalid_request_guard_stops_before_Discord_would_ban()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var harness = await RestHarness.StartAsync(new FakeDiscordRestOptions { Time = clock }, rest => rest.InvalidRequestLimit = 5);
        var (_, channel) = harness.Community();
        channel.Access = FakeChannelAccess.MissingPermissions;

        for (var i = 0; i < 5; i++)
        {
            var refused = await Send(harness, channel);
            Assert.True(refused.Error!.Is(DiscordErrorCode.MissingPermissions), refused.ToString());
        }

        var stopped = await Send(harness, channel);
        Assert.Equal(DiscordErrorKind.InvalidRequestLimitReached, stopped.Error?.Kind);
        Assert.Equal(5, harness.Fake.Requests.Count);

        // Ten minutes on, the old refusals have left the window.
        clock.Advance(TimeSpan.FromMinutes(10));
        var again = await Send(harness, channel);
        Assert.True(again.Error!.Is(DiscordErrorCode.MissingPermissions), again.ToString());
        Assert.Equal(6, harness.Fake.Requests.Count);
    }

    [Fact]
    public async Task A_shared_429_does_not_count_towards_the_invalid_request_guard()
    {
        await using var harness = await RestHarness.StartAsync(configure: rest => rest.InvalidRequestLimit = 3);
        var (_, channel) = harness.Community();

        harness.Fake.FailNext(FakeRestFault.RateLimit(FakeRestFaultKind.SharedRateLimit, 0.01), 4);
        Assert.True((await Send(harness, channel)).IsSuccess);

        harness.Fake.FailNext(FakeRestFault.RateLimit(FakeRestFaultKind.UserRateLimit, 0.01), 3);
        var afterUserLimits = await Send(harness, channel);
        Assert.Equal(DiscordErrorKind.InvalidRequestLimitReached, afterUserLimits.Error?.Kind);
        Assert.Equal(4 + 1 + 3, harness.Fake.Requests.Count);
    }

    [Fact]
    public async Task A_refused_token_stops_every_further_request()
    {
        await using var harness = await RestHarness.StartAsync(token: "not-the-token");
        var (_, channel) = harness.Community();

        var first = await harness.Client.GetCurrentUserAsync(TestTimeout.Token);
        var second = await Send(harness, channel);

        Assert.Equal(DiscordErrorKind.Unauthorized, first.Error?.Kind);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, first.Error?.Status);
        Assert.Equal(DiscordErrorKind.Unauthorized, second.Error?.Kind);
        Assert.Single(harness.Fake.Requests);
    }

    private static Task<DiscordResult<Message>> Send(RestHarness harness, FakeChannel channel) =>
        harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "soup?" }, TestTimeout.Token).Within();
}
