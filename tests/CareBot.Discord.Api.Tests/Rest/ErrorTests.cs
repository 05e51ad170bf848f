using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest;
using CareBot.Discord.Api.Tests.Rest.Support;
using CareBot.Testing.FakeDiscord.Rest;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Discord.Api.Tests.Rest;

public sealed class ErrorTests
{
    [Fact]
    public async Task Error_bodies_become_typed_errors_with_field_paths()
    {
        await using var harness = await RestHarness.StartAsync();
        var (_, channel) = harness.Community();

        var result = await harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate
        {
            Content = new string('a', 2001),
            Components = [new ActionRow(Button.Action(new string('x', 101), "Help"))],
        }, TestTimeout.Token);

        var error = result.Error!;
        Assert.Equal(DiscordErrorKind.Rejected, error.Kind);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.Status);
        Assert.Equal(DiscordErrorCode.InvalidFormBody, error.Code);
        Assert.Equal("Invalid Form Body", error.Message);
        Assert.Contains(new DiscordFieldError("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length."), error.FieldErrors);
        Assert.Contains(error.FieldErrors, field => field.Path == "components.0.components.0.custom_id" && field.Code == "BASE_TYPE_MAX_LENGTH");
    }

    [Fact]
    public async Task Well_known_refusals_carry_their_named_codes()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var harness = await RestHarness.StartAsync(new FakeDiscordRestOptions { Time = clock });
        var (guild, channel) = harness.Community();
        var client = harness.Client;
        var hidden = harness.Fake.CreateTextChannel(guild, "staff");
        hidden.Access = FakeChannelAccess.MissingAccess;
        var private1 = harness.Fake.CreateUser("quiet", acceptsDirectMessages: false);
        var dm = await client.CreateDirectMessageChannelAsync(Ids.Of(private1), TestTimeout.Token);
        var posted = await client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "soup?" }, TestTimeout.Token);
        await client.DeleteMessageAsync(Ids.Of(channel), posted.Value!.Id, TestTimeout.Token);
        var answered = harness.Fake.CreateInteraction(2, channel).AsInteraction(harness.Fake);
        await client.RespondAsync(answered, InteractionResponse.DeferReply(), TestTimeout.Token);
        var late = harness.Fake.CreateInteraction(2, channel).AsInteraction(harness.Fake);
        clock.Advance(TimeSpan.FromSeconds(3.5));

        AssertCode(DiscordErrorCode.UnknownChannel, (await client.CreateMessageAsync(new Snowflake(42), new MessageCreate { Content = "?" }, TestTimeout.Token)).Error);
        AssertCode(DiscordErrorCode.UnknownMessage, (await client.EditMessageAsync(Ids.Of(channel), posted.Value.Id, new MessageEdit { Content = "!" }, TestTimeout.Token)).Error);
        AssertCode(DiscordErrorCode.MissingAccess, (await client.CreateMessageAsync(Ids.Of(hidden), new MessageCreate { Content = "?" }, TestTimeout.Token)).Error);
        AssertCode(DiscordErrorCode.CannotSendMessagesToThisUser, (await client.CreateMessageAsync(dm.Value!.Id, new MessageCreate { Content = "hi" }, TestTimeout.Token)).Error);
        AssertCode(DiscordErrorCode.CannotSendEmptyMessage, (await client.CreateMessageAsync(Ids.Of(channel), new MessageCreate(), TestTimeout.Token)).Error);
        AssertCode(DiscordErrorCode.InteractionAlreadyAcknowledged, (await client.RespondAsync(answered, InteractionResponse.DeferReply(), TestTimeout.Token)).Error);
        AssertCode(DiscordErrorCode.UnknownInteraction, (await client.RespondAsync(late, InteractionResponse.DeferReply(), TestTimeout.Token)).Error);
    }

    [Fact]
    public async Task A_followup_past_its_15_minutes_is_refused_without_stopping_the_bot()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var harness = await RestHarness.StartAsync(new FakeDiscordRestOptions { Time = clock });
        var (_, channel) = harness.Community();
        var client = harness.Client;
        var interaction = harness.Fake.CreateInteraction(2, channel).AsInteraction(harness.Fake);
        await client.RespondAsync(interaction, InteractionResponse.DeferReply(), TestTimeout.Token);
        clock.Advance(TimeSpan.FromMinutes(16));

        var late = await client.CreateFollowupAsync(interaction, new InteractionMessage { Content = "still thinking" }, TestTimeout.Token);
        var next = await client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "soup?" }, TestTimeout.Token);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, late.Error?.Status);
        AssertCode(DiscordErrorCode.InvalidWebhookToken, late.Error);
        Assert.True(next.IsSuccess, $"a late followup stopped the bot: {next.Error}");
    }

    private static void AssertCode(DiscordErrorCode expected, DiscordError? error)
    {
        Assert.NotNull(error);
        Assert.Equal(DiscordErrorKind.Rejected, error.Kind);
        Assert.Equal(expected, error.Code);
    }
}
