using System.Globalization;
using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>The fake's objects in Discord's JSON shapes (UserResponse, MessageResponse, ... of openapi.json).</summary>
internal static class FakeJson
{
    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);

    public static JsonObject User(FakeUser user)
    {
        var json = new JsonObject
        {
            ["id"] = Id(user.Id),
            ["username"] = user.Username,
            ["avatar"] = null,
            ["discriminator"] = "0",
            ["public_flags"] = 0,
            ["flags"] = 0,
            ["global_name"] = user.IsBot ? null : user.Username,
            ["primary_guild"] = null,
        };
        if (user.IsBot)
        {
            json["bot"] = true;
        }

        return json;
    }

    public static JsonObject Message(FakeRestState state, FakeMessage message)
    {
        var json = new JsonObject
        {
            ["type"] = message.ReplyTo is null ? 0 : 19,
            ["content"] = message.Content,
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray([.. message.Attachments.Select((file, index) => (JsonNode)Attachment(message, file, index))]),
            ["embeds"] = message.Embeds.DeepClone(),
            ["timestamp"] = Time(message.CreatedAt),
            ["edited_timestamp"] = message.EditedAt is { } edited ? Time(edited) : null,
            ["flags"] = message.Flags,
            ["components"] = message.Components.DeepClone(),
            ["id"] = Id(message.Id),
            ["channel_id"] = Id(message.ChannelId),
            ["author"] = User(state.Users[message.AuthorId]),
            ["pinned"] = false,
            ["mention_everyone"] = false,
            ["tts"] = false,
        };
        if (message.Nonce is { } nonce)
        {
            json["nonce"] = nonce;
        }

        if (message.WebhookId is { } webhook)
        {
            json["webhook_id"] = Id(webhook);
            json["application_id"] = Id(webhook);
        }

        if (message.ReplyTo is { } replyTo)
        {
            json["message_reference"] = new JsonObject { ["type"] = 0, ["channel_id"] = Id(message.ChannelId), ["message_id"] = Id(replyTo) };
        }

        return json;
    }

    public static JsonObject Channel(FakeRestState state, FakeChannel channel) => channel.GuildId is { } guild
        ? new JsonObject { ["id"] = Id(channel.Id), ["type"] = channel.Type, ["flags"] = 0, ["guild_id"] = Id(guild), ["name"] = channel.Name, ["position"] = 0, ["last_message_id"] = null }
        : new JsonObject { ["id"] = Id(channel.Id), ["type"] = channel.Type, ["flags"] = 0, ["last_message_id"] = null, ["recipients"] = new JsonArray(User(state.Users[channel.RecipientId!.Value])) };

    public static JsonObject Role(FakeRole role) => new()
    {
        ["id"] = Id(role.Id),
        ["name"] = role.Name,
        ["permissions"] = role.Permissions.ToString(CultureInfo.InvariantCulture),
        ["position"] = role.Position,
        ["color"] = 0,
        ["colors"] = new JsonObject { ["primary_color"] = 0, ["secondary_color"] = null, ["tertiary_color"] = null },
        ["hoist"] = false,
        ["managed"] = false,
        ["mentionable"] = false,
        ["icon"] = null,
        ["unicode_emoji"] = null,
        ["flags"] = 0,
    };

    public static JsonObject Guild(FakeGuild guild) => new()
    {
        ["id"] = Id(guild.Id),
        ["name"] = guild.Name,
        ["icon"] = null,
        ["description"] = null,
        ["owner_id"] = Id(guild.OwnerId),
        ["roles"] = new JsonArray([.. guild.Roles.Select(role => (JsonNode)Role(role))]),
        ["features"] = new JsonArray(),
        ["preferred_locale"] = "en-US",
        ["verification_level"] = 0,
        ["nsfw"] = false,
    };

    public static JsonObject Member(FakeRestState state, FakeGuild guild, ulong userId) => new()
    {
        ["avatar"] = null,
        ["banner"] = null,
        ["communication_disabled_until"] = null,
        ["flags"] = 0,
        ["joined_at"] = Time(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)),
        ["nick"] = null,
        ["pending"] = false,
        ["premium_since"] = null,
        ["roles"] = new JsonArray([.. guild.Members[userId].Select(role => (JsonNode)Id(role))]),
        ["user"] = User(state.Users[userId]),
        ["mute"] = false,
        ["deaf"] = false,
    };

    private static JsonObject Attachment(FakeMessage message, RecordedFile file, int index) => new()
    {
        ["id"] = Id(message.Id + (ulong)index + 1),
        ["filename"] = file.FileName,
        ["size"] = file.Content.Length,
        ["url"] = $"https://cdn.discordapp.com/attachments/{message.ChannelId}/{message.Id}/{file.FileName}",
        ["proxy_url"] = $"https://media.discordapp.net/attachments/{message.ChannelId}/{message.Id}/{file.FileName}",
        ["content_type"] = file.ContentType,
    };
}
