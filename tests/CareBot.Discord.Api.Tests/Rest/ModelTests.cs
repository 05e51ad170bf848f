using System.Text.Json;
using CareBot.Discord.Api.Json;
using CareBot.Discord.Api.Models;

namespace CareBot.Discord.Api.Tests.Rest;

public sealed class ModelTests
{
    [Fact]
    public void A_snowflake_is_a_JSON_string_that_tells_when_it_was_made()
    {
        // Discord's documented example: 175928847299117063 was made at 2016-04-30 11:18:25.796 UTC.
        var id = JsonSerializer.Deserialize("\"175928847299117063\"", DiscordJsonContext.Default.Snowflake);

        Assert.Equal(175928847299117063UL, id.Value);
        Assert.Equal(new DateTimeOffset(2016, 4, 30, 11, 18, 25, 796, TimeSpan.Zero), id.CreatedAt);
        Assert.Equal("\"175928847299117063\"", JsonSerializer.Serialize(id, DiscordJsonContext.Default.Snowflake));
    }

    [Theory]
    [InlineData(1, """{"id":"1","application_id":"2","type":1,"token":"t","version":1}""")]
    [InlineData(2, """{"id":"1","application_id":"2","type":2,"token":"t","guild_id":"9","member":{"user":{"id":"5","username":"ada"},"roles":["7"],"permissions":"2048"},"data":{"id":"3","name":"need","type":1,"options":[{"name":"what","type":3,"value":"soup"}]}}""")]
    [InlineData(3, """{"id":"1","application_id":"2","type":3,"token":"t","user":{"id":"5","username":"ada"},"data":{"custom_id":"claim:1","component_type":2},"message":{"id":"8","channel_id":"4","author":{"id":"2","username":"carebot","bot":true},"content":"Soup?","components":[{"type":1,"components":[{"type":2,"style":1,"custom_id":"claim:1","label":"Help"}]},{"type":10,"content":"new kind"}]}}""")]
    [InlineData(4, """{"id":"1","application_id":"2","type":4,"token":"t","data":{"name":"need","options":[{"name":"what","type":3,"value":"so","focused":true}]}}""")]
    [InlineData(5, """{"id":"1","application_id":"2","type":5,"token":"t","data":{"custom_id":"offer","components":[{"type":1,"components":[{"type":4,"custom_id":"details","value":"Tuesdays"}]}]}}""")]
    public void Interactions_of_every_type_are_read(int type, string json)
    {
        var interaction = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Interaction)!;

        Assert.Equal((InteractionType)type, interaction.Type);
        switch (interaction.Type)
        {
            case InteractionType.ApplicationCommand:
                Assert.Equal("soup", Assert.Single(interaction.Data!.Options!).ValueText);
                Assert.Equal("ada", interaction.Invoker!.Username);
                Assert.Equal(Permissions.SendMessages, interaction.Member!.Permissions);
                break;
            case InteractionType.MessageComponent:
                Assert.Equal("claim:1", interaction.Data!.CustomId);
                var row = Assert.IsType<ActionRow>(interaction.Message!.Components[0]);
                Assert.Equal("Help", Assert.IsType<Button>(Assert.Single(row.Components)).Label);
                Assert.Equal((ComponentType)10, Assert.IsType<UnknownComponent>(interaction.Message.Components[1]).Type);
                break;
            case InteractionType.ApplicationCommandAutocomplete:
                Assert.True(Assert.Single(interaction.Data!.Options!).Focused);
                break;
            case InteractionType.ModalSubmit:
                var input = Assert.IsType<TextInput>(Assert.IsType<ActionRow>(Assert.Single(interaction.Data!.Components!)).Components[0]);
                Assert.Equal("Tuesdays", input.Value);
                break;
        }
    }

    [Fact]
    public void Components_are_written_with_their_type_and_snake_case_names()
    {
        var json = JsonSerializer.Serialize(new MessageCreate
        {
            Components = [new ActionRow(Button.Action("claim:1", "Help", ButtonStyle.Success))],
            Flags = MessageFlags.Ephemeral,
        }, DiscordJsonContext.Default.MessageCreate);

        Assert.Equal("""{"components":[{"type":1,"components":[{"type":2,"style":3,"label":"Help","custom_id":"claim:1"}]}],"flags":64}""", json);
    }

    [Fact]
    public void A_member_has_the_permissions_of_everyone_and_their_roles_and_an_owner_has_all()
    {
        var guild = new Guild
        {
            Id = new Snowflake(1),
            Name = "Neighbours",
            OwnerId = new Snowflake(10),
            Roles =
            [
                new Role { Id = new Snowflake(1), Name = "@everyone", Permissions = Permissions.ViewChannel },
                new Role { Id = new Snowflake(2), Name = "helpers", Permissions = Permissions.SendMessages },
                new Role { Id = new Snowflake(3), Name = "admins", Permissions = Permissions.Administrator },
            ],
        };
        GuildMember Member(ulong id, params ulong[] roles) => new() { User = new User { Id = new Snowflake(id), Username = "x" }, Roles = [.. roles.Select(role => new Snowflake(role))] };

        Assert.Equal(Permissions.ViewChannel | Permissions.SendMessages, Member(11, 2).GuildPermissions(guild));
        Assert.False(Member(12).Has(guild, Permissions.SendMessages));
        Assert.Equal(Permissions.All, Member(13, 3).GuildPermissions(guild));
        Assert.Equal(Permissions.All, Member(10).GuildPermissions(guild));
    }
}
