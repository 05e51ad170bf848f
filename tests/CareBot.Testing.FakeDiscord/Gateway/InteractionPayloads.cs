using System.Globalization;
using System.Text.Json.Nodes;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Testing.FakeDiscord.Gateway;

/// <summary>INTERACTION_CREATE as Discord dispatches it: from a server (guild_id, member) or from a DM with the bot (user, context 1).</summary>
public static class InteractionPayloads
{
    private const int BotDirectMessage = 1;

    public static JsonObject FromServer(FakeDiscordRestServer rest, FakeInteraction interaction, FakeUser user, JsonObject data, ulong permissions, FakeGuild guild, FakeChannel channel)
    {
        var payload = Common(rest, interaction, channel, data);
        payload["guild_id"] = Id(guild.Id);
        payload["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = Id(user.Id), ["username"] = user.Username },
            ["roles"] = new JsonArray(),
            ["permissions"] = permissions.ToString(CultureInfo.InvariantCulture),
        };
        return payload;
    }

    public static JsonObject FromDirectMessage(FakeDiscordRestServer rest, FakeInteraction interaction, FakeUser user, FakeChannel channel, JsonObject data)
    {
        var payload = Common(rest, interaction, channel, data);
        payload["channel"] = rest.ChannelJson(channel);
        payload["user"] = rest.UserJson(user);
        payload["context"] = BotDirectMessage;
        payload["locale"] = "en-GB";
        return payload;
    }

    private static JsonObject Common(FakeDiscordRestServer rest, FakeInteraction interaction, FakeChannel channel, JsonObject data)
    {
        var payload = new JsonObject
        {
            ["id"] = Id(interaction.Id),
            ["application_id"] = Id(rest.Options.ApplicationId),
            ["type"] = interaction.Type,
            ["token"] = interaction.Token,
            ["version"] = 1,
            ["channel_id"] = Id(channel.Id),
            ["entitlements"] = new JsonArray(),
            ["data"] = data.DeepClone(),
        };

        // A component arrives with the message it sits on, as the channel shows it.
        if (interaction.MessageId is { } message)
        {
            payload["message"] = rest.MessageJson(message);
        }

        return payload;
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
