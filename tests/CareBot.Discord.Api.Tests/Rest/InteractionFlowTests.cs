using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest;
using CareBot.Discord.Api.Tests.Rest.Support;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Api.Tests.Rest;

public sealed class InteractionFlowTests
{
    [Fact]
    public async Task A_deferred_reply_is_filled_in_and_an_ephemeral_followup_is_seen_by_one()
    {
        await using var harness = await RestHarness.StartAsync();
        var (_, channel) = harness.Community();
        var interaction = harness.Fake.CreateInteraction(2, channel).AsInteraction(harness.Fake);

        Assert.True((await harness.Client.RespondAsync(interaction, InteractionResponse.DeferReply(), TestTimeout.Token)).IsSuccess);
        var filled = await harness.Client.EditOriginalResponseAsync(interaction, new MessageEdit { Content = "Ada can help" }, TestTimeout.Token);
        var followup = await harness.Client.CreateFollowupAsync(interaction, new InteractionMessage { Content = "Only you", Flags = MessageFlags.Ephemeral }, TestTimeout.Token);

        Assert.True(filled.IsSuccess && followup.IsSuccess, $"{filled} {followup}");
        var shown = harness.Fake.MessagesIn(channel.Id);
        Assert.Equal(["Ada can help", "Only you"], shown.Select(message => message.Content));
        Assert.Equal([false, true], shown.Select(message => message.IsEphemeral));
    }

    [Fact]
    public async Task A_button_press_can_update_the_message_it_is_on()
    {
        await using var harness = await RestHarness.StartAsync();
        var (_, channel) = harness.Community();
        var posted = await harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "Soup?", Components = [new ActionRow(Button.Action("claim:1", "Help"))] }, TestTimeout.Token);
        var press = harness.Fake.CreateInteraction(3, channel, posted.Value!.Id.Value).AsInteraction(harness.Fake);

        var answer = await harness.Client.RespondAsync(press, InteractionResponse.UpdateMessage(new InteractionMessage { Content = "Claimed by Ada", Components = [] }), TestTimeout.Token);

        Assert.True(answer.IsSuccess, answer.ToString());
        var shown = Assert.Single(harness.Fake.MessagesIn(channel.Id));
        Assert.Equal("Claimed by Ada", shown.Content);
        Assert.Empty(shown.Components);
    }

    [Fact]
    public async Task Commands_are_overwritten_and_the_daily_create_limit_is_a_typed_error()
    {
        await using var harness = await RestHarness.StartAsync(new FakeDiscordRestOptions { DailyCommandCreates = 2 });
        var (guild, _) = harness.Community();
        var app = new Snowflake(harness.Fake.Options.ApplicationId);
        ApplicationCommandDefinition Command(string name) => new() { Name = name, Description = $"/{name}" };

        var global = await harness.Client.OverwriteGlobalCommandsAsync(app, [Command("need"), Command("offer")], TestTimeout.Token);
        var again = await harness.Client.OverwriteGlobalCommandsAsync(app, [Command("need"), Command("offer")], TestTimeout.Token);
        var more = await harness.Client.OverwriteGuildCommandsAsync(app, Ids.Of(guild), [Command("pause")], TestTimeout.Token);

        Assert.Equal(["need", "offer"], global.Value!.Select(command => command.Name));
        Assert.Equal(global.Value!.Select(command => command.Id), again.Value!.Select(command => command.Id));
        Assert.Equal(DiscordErrorCode.MaxDailyApplicationCommandCreates, more.Error?.Code);
    }

    [Fact]
    public async Task The_gateway_address_and_session_allowance_are_read_from_gateway_bot()
    {
        await using var harness = await RestHarness.StartAsync(new FakeDiscordRestOptions
        {
            GatewayUrl = new Uri("wss://gateway.example"),
            Shards = 2,
            SessionStartLimit = new FakeSessionStartLimit(1000, 997, TimeSpan.FromMinutes(90), 1),
        });

        var gateway = await harness.Client.GetGatewayBotAsync(TestTimeout.Token);

        Assert.Equal(new Uri("wss://gateway.example"), gateway.Value!.Url);
        Assert.Equal(2, gateway.Value.Shards);
        Assert.Equal(new SessionStartLimit { Total = 1000, Remaining = 997, ResetAfter = 5_400_000, MaxConcurrency = 1 }, gateway.Value.SessionStartLimit);
        var raw = Assert.Single(harness.Fake.Requests).ResponseJson!.ToJsonString();
        Assert.Equal("""{"url":"wss://gateway.example","shards":2,"session_start_limit":{"total":1000,"remaining":997,"reset_after":5400000,"max_concurrency":1}}""", raw);
    }
}
