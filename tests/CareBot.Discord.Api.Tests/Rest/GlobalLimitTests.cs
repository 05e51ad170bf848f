using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest.RateLimits;
using CareBot.Discord.Api.Tests.Rest.Support;
using CareBot.Testing.FakeDiscord.Rest;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Discord.Api.Tests.Rest;

public sealed class GlobalLimitTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_global_429_pauses_every_route()
    {
        await using var harness = await RestHarness.StartAsync(new FakeDiscordRestOptions { Time = _clock });
        var (_, channel) = harness.Community();
        harness.Fake.FailNext(FakeRestFault.RateLimit(FakeRestFaultKind.GlobalRateLimit, 2), route: "GET /users/@me");

        var me = harness.Client.GetCurrentUserAsync(TestTimeout.Token);
        await harness.Logs.WaitForAsync(RestEvents.WaitingForGlobalLimit);
        var message = harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "soup?" }, TestTimeout.Token);
        await harness.Logs.WaitForAsync(RestEvents.WaitingForGlobalLimit, 2);

        Assert.Single(harness.Fake.Requests);
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True((await me.Within()).IsSuccess);
        Assert.True((await message.Within()).IsSuccess);
        Assert.All(harness.Fake.Requests.Skip(1), request => Assert.True(request.ReceivedAt >= harness.Fake.Requests[0].ReceivedAt.AddSeconds(2)));
    }

    [Fact]
    public async Task Interaction_callbacks_are_not_held_by_the_global_limit()
    {
        await using var harness = await RestHarness.StartAsync(new FakeDiscordRestOptions { Time = _clock }, rest => rest.GlobalRequestsPerSecond = 1);
        var (_, channel) = harness.Community();
        var interaction = harness.Fake.CreateInteraction(2, channel);

        Assert.True((await harness.Client.GetCurrentUserAsync(TestTimeout.Token)).IsSuccess);
        var held = harness.Client.GetCurrentUserAsync(TestTimeout.Token);
        var answer = await harness.Client.RespondAsync(
            interaction.AsInteraction(harness.Fake),
            InteractionResponse.Reply(new InteractionMessage { Content = "On it", AllowedMentions = AllowedMentions.None }),
            TestTimeout.Token).WaitAsync(TestTimeout.Ceiling);

        Assert.True(answer.IsSuccess, answer.ToString());
        Assert.False(held.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await held.Within()).IsSuccess);
    }

    [Fact]
    public async Task Followups_and_edits_of_an_interaction_are_not_held_by_the_global_limit()
    {
        await using var harness = await RestHarness.StartAsync(new FakeDiscordRestOptions { Time = _clock }, rest => rest.GlobalRequestsPerSecond = 1);
        var (_, channel) = harness.Community();
        var interaction = harness.Fake.CreateInteraction(2, channel).AsInteraction(harness.Fake);
        Assert.True((await harness.Client.RespondAsync(interaction, InteractionResponse.DeferReply(ephemeral: true), TestTimeout.Token)).IsSuccess);

        Assert.True((await harness.Client.GetCurrentUserAsync(TestTimeout.Token)).IsSuccess);
        var held = harness.Client.GetCurrentUserAsync(TestTimeout.Token);
        var edit = await harness.Client.EditOriginalResponseAsync(interaction, new MessageEdit { Content = "Done", AllowedMentions = AllowedMentions.None }, TestTimeout.Token).WaitAsync(TestTimeout.Ceiling);
        var followup = await harness.Client.CreateFollowupAsync(
            interaction, new InteractionMessage { Content = "And this", AllowedMentions = AllowedMentions.None }, TestTimeout.Token).WaitAsync(TestTimeout.Ceiling);

        Assert.True(edit.IsSuccess, edit.ToString());
        Assert.True(followup.IsSuccess, followup.ToString());
        Assert.False(held.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await held.Within()).IsSuccess);
    }

    /// <summary>
    /// Discord opens its window when the first request arrives, which can be a while after we sent it (a new
    /// connection): a window counted from the sending ends early, and what goes then is over Discord's limit.
    /// </summary>
    [Fact]
    public async Task A_window_ends_a_second_after_its_first_answer_not_its_sending()
    {
        var limiter = new GlobalRequestLimiter(2, _clock, NullLogger.Instance);
        var first = await limiter.WaitAsync(TestTimeout.Token);
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        first.Dispose();
        (await limiter.WaitAsync(TestTimeout.Token)).Dispose();

        _clock.Advance(TimeSpan.FromMilliseconds(700));
        var third = limiter.WaitAsync(TestTimeout.Token).AsTask();
        await Task.Yield();
        Assert.False(third.IsCompleted, "the third went a second after the first was sent, while Discord's window was still open");

        _clock.Advance(TimeSpan.FromMilliseconds(300));
        (await third.Within()).Dispose();
    }

    [Fact]
    public async Task A_full_window_stays_open_while_its_first_request_is_unanswered()
    {
        var limiter = new GlobalRequestLimiter(2, _clock, NullLogger.Instance);
        var first = await limiter.WaitAsync(TestTimeout.Token);
        (await limiter.WaitAsync(TestTimeout.Token)).Dispose();

        _clock.Advance(TimeSpan.FromSeconds(2));
        var third = limiter.WaitAsync(TestTimeout.Token).AsTask();
        await Task.Yield();
        Assert.False(third.IsCompleted, "a new window opened while the first request of the full one was still on its way");

        first.Dispose();
        _clock.Advance(TimeSpan.FromMilliseconds(999));
        await Task.Yield();
        Assert.False(third.IsCompleted, "the window ended less than a second after its first answer");
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        (await third.Within()).Dispose();
    }
}
