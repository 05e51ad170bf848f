using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest;
using CareBot.Discord.Api.Tests.Rest.Support;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Api.Tests.Rest;

public sealed class RetryTests
{
    [Fact]
    public async Task Server_errors_are_retried_with_backoff_then_surfaced()
    {
        await using var harness = await RestHarness.StartAsync(configure: rest => rest.MaxServerErrorRetries = 2);
        harness.Fake.FailNext(FakeRestFault.ServerError(502), 2);
        var recovered = await harness.Client.GetCurrentUserAsync(TestTimeout.Token).Within();
        harness.Fake.FailNext(FakeRestFault.ServerError(503), 5);
        var failed = await harness.Client.GetCurrentUserAsync(TestTimeout.Token).Within();

        Assert.True(recovered.IsSuccess, recovered.ToString());
        Assert.Equal(DiscordErrorKind.ServerError, failed.Error?.Kind);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, failed.Error?.Status);
        // Three tries each (the first and two retries), with a pause before each retry.
        Assert.Equal(6, harness.Fake.Requests.Count);
        Assert.Equal(4, harness.Logs.Count(RestEvents.Retrying));
    }

    [Fact]
    public async Task A_lost_answer_to_a_new_message_is_retried_without_posting_it_twice()
    {
        await using var harness = await RestHarness.StartAsync();
        var (_, channel) = harness.Community();
        harness.Fake.FailNext(FakeRestFault.LoseAnswer(), route: "POST /channels/{channel_id}/messages");

        var sent = await harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "soup?" }, TestTimeout.Token).Within();

        Assert.True(sent.IsSuccess, sent.ToString());
        var attempts = harness.Fake.RequestsTo("POST /channels/{channel_id}/messages");
        Assert.Equal(2, attempts.Count);
        Assert.Equal(attempts[0].Json!["nonce"]!.ToString(), attempts[1].Json!["nonce"]!.ToString());
        Assert.Equal(sent.Value.Id.Value, Assert.Single(harness.Fake.MessagesIn(channel.Id)).Id);
    }

    [Fact]
    public async Task A_lost_answer_to_a_followup_is_surfaced_not_retried()
    {
        await using var harness = await RestHarness.StartAsync();
        var (_, channel) = harness.Community();
        var interaction = harness.Fake.CreateInteraction(2, channel).AsInteraction(harness.Fake);
        Assert.True((await harness.Client.RespondAsync(interaction, InteractionResponse.DeferReply(), TestTimeout.Token)).IsSuccess);
        harness.Fake.FailNext(FakeRestFault.LoseAnswer(), route: "POST /webhooks/{webhook_id}/{webhook_token}");

        var followup = await harness.Client.CreateFollowupAsync(interaction, new InteractionMessage { Content = "Found a helper" }, TestTimeout.Token).Within();

        Assert.Equal(DiscordErrorKind.NetworkFailure, followup.Error?.Kind);
        Assert.Single(harness.Fake.RequestsTo("POST /webhooks/{webhook_id}/{webhook_token}"));
    }
}
