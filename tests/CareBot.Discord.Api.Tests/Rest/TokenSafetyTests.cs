using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Tests.Rest.Support;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Api.Tests.Rest;

public sealed class TokenSafetyTests
{
    [Fact]
    public async Task The_token_never_appears_in_logs()
    {
        await using var harness = await RestHarness.StartAsync();
        var (_, channel) = harness.Community();
        var interaction = harness.Fake.CreateInteraction(2, channel).AsInteraction(harness.Fake);
        harness.Fake.FailNext(FakeRestFault.RateLimit(FakeRestFaultKind.UserRateLimit, 0.01), route: "POST /webhooks/{webhook_id}/{webhook_token}");
        harness.Fake.FailNext(FakeRestFault.ServerError(502), route: "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original");

        await harness.Client.RespondAsync(interaction, InteractionResponse.DeferReply(ephemeral: true), TestTimeout.Token);
        await harness.Client.EditOriginalResponseAsync(interaction, new MessageEdit { Content = "Found a helper" }, TestTimeout.Token);
        await harness.Client.CreateFollowupAsync(interaction, new InteractionMessage { Content = "Thanks!" }, TestTimeout.Token);
        await harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "soup?" }, TestTimeout.Token);

        Assert.NotEmpty(harness.Logs.Entries);
        Assert.All(harness.Logs.Entries, entry =>
        {
            Assert.DoesNotContain(harness.Fake.Token, entry.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(interaction.Token, entry.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Requests_carry_the_bot_token_and_a_DiscordBot_user_agent()
    {
        await using var harness = await RestHarness.StartAsync(configure: rest =>
        {
            rest.UserAgentUrl = new Uri("https://example.org/carebot");
            rest.UserAgentVersion = "9.1";
        });

        await harness.Client.GetCurrentUserAsync(TestTimeout.Token);

        var request = Assert.Single(harness.Fake.Requests);
        Assert.Equal("Bot " + harness.Fake.Token, request.Header("Authorization"));
        Assert.Equal("DiscordBot (https://example.org/carebot, 9.1)", request.Header("User-Agent"));
    }
}
