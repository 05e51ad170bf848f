using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Tests.Rest.Support;
using CareBot.Testing.FakeDiscord.Rest;
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
}
