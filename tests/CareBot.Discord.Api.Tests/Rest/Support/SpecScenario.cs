using CareBot.Discord.Api.Models;

namespace CareBot.Discord.Api.Tests.Rest.Support;

/// <summary>Calls every route of the fake through the real client, so the answers' shapes can be checked.</summary>
public static class SpecScenario
{
    public static async Task RunAsync(RestHarness harness)
    {
        var client = harness.Client;
        var fake = harness.Fake;
        var token = TestTimeout.Token;
        var (guild, channel) = harness.Community();
        var helper = fake.CreateUser("ada");
        fake.AddMember(guild, helper, fake.AddRole(guild, "helpers", 2048));
        var app = new Snowflake(fake.Options.ApplicationId);

        await client.GetGatewayBotAsync(token);
        await client.GetCurrentUserAsync(token);
        await client.GetUserAsync(Ids.Of(helper), token);
        await client.GetGuildAsync(Ids.Of(guild), token);
        await client.GetGuildRolesAsync(Ids.Of(guild), token);
        await client.GetGuildMemberAsync(Ids.Of(guild), Ids.Of(helper), token);
        await client.GetChannelAsync(Ids.Of(channel), token);
        var dm = await client.CreateDirectMessageChannelAsync(Ids.Of(helper), token);
        await client.GetChannelAsync(dm.Value!.Id, token);
        var posted = await client.CreateMessageAsync(Ids.Of(channel), new MessageCreate
        {
            Content = "Soup needed",
            Embeds = [new Embed { Title = "Need", Description = "Soup", Footer = new EmbedFooter("CareBot") }],
            Components = [new ActionRow(Button.Action("claim:1", "I can help"), Button.Link(new Uri("https://example.org"), "Map"))],
            AllowedMentions = AllowedMentions.None,
        }, token);
        await client.GetMessageAsync(Ids.Of(channel), posted.Value!.Id, token);
        await client.EditMessageAsync(Ids.Of(channel), posted.Value.Id, new MessageEdit { Content = "Soup claimed", Components = [] }, token);
        await client.CreateMessageAsync(dm.Value.Id, new MessageCreate { Content = "Thanks", MessageReference = null }, token);
        var definitions = new[] { new ApplicationCommandDefinition { Name = "need", Description = "Ask for help", Options = [new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "what", Description = "What you need", Required = true }] } };
        await client.OverwriteGlobalCommandsAsync(app, definitions, token);
        await client.OverwriteGuildCommandsAsync(app, Ids.Of(guild), definitions, token);
        var interaction = fake.CreateInteraction(2, channel).AsInteraction(fake);
        await client.RespondAsync(interaction, InteractionResponse.DeferReply(), token);
        await client.EditOriginalResponseAsync(interaction, new MessageEdit { Content = "Found Ada" }, token);
        await client.GetOriginalResponseAsync(interaction, token);
        var followup = await client.CreateFollowupAsync(interaction, new InteractionMessage { Content = "Only you see this", Flags = MessageFlags.Ephemeral }, token);
        await client.EditFollowupAsync(interaction, followup.Value!.Id, new MessageEdit { Content = "Still only you" }, token);
        await client.DeleteFollowupAsync(interaction, followup.Value.Id, token);
        await client.DeleteOriginalResponseAsync(interaction, token);
        await client.DeleteMessageAsync(Ids.Of(channel), posted.Value.Id, token);
    }
}
