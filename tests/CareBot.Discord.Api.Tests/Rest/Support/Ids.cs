using CareBot.Discord.Api.Models;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Api.Tests.Rest.Support;

/// <summary>Turns the fake's objects into what the client takes.</summary>
public static class Ids
{
    public static Snowflake Of(FakeChannel channel) => new(channel.Id);

    public static Snowflake Of(FakeUser user) => new(user.Id);

    public static Snowflake Of(FakeGuild guild) => new(guild.Id);

    public static Interaction AsInteraction(this FakeInteraction interaction, FakeDiscordRestServer fake) => new()
    {
        Id = new Snowflake(interaction.Id),
        ApplicationId = new Snowflake(fake.Options.ApplicationId),
        Type = (InteractionType)interaction.Type,
        Token = interaction.Token,
        ChannelId = new Snowflake(interaction.ChannelId),
    };
}
