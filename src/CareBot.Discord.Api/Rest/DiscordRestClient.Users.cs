using CareBot.Discord.Api.Models;

namespace CareBot.Discord.Api.Rest;

public sealed partial class DiscordRestClient
{
    public Task<DiscordResult<User>> GetCurrentUserAsync(CancellationToken cancellationToken) =>
        GetAsync(Get("/users/@me"), Json.User, cancellationToken);

    public Task<DiscordResult<User>> GetUserAsync(Snowflake userId, CancellationToken cancellationToken) =>
        GetAsync(Get("/users/{user_id}", userId.ToString()), Json.User, cancellationToken);

    public Task<DiscordResult<Guild>> GetGuildAsync(Snowflake guildId, CancellationToken cancellationToken) =>
        GetAsync(Get("/guilds/{guild_id}", guildId.ToString()), Json.Guild, cancellationToken);

    public Task<DiscordResult<IReadOnlyList<Role>>> GetGuildRolesAsync(Snowflake guildId, CancellationToken cancellationToken) =>
        GetAsync(Get("/guilds/{guild_id}/roles", guildId.ToString()), Json.IReadOnlyListRole, cancellationToken);

    public Task<DiscordResult<GuildMember>> GetGuildMemberAsync(Snowflake guildId, Snowflake userId, CancellationToken cancellationToken) =>
        GetAsync(Get("/guilds/{guild_id}/members/{user_id}", guildId.ToString(), userId.ToString()), Json.GuildMember, cancellationToken);

    public Task<DiscordResult<Channel>> GetChannelAsync(Snowflake channelId, CancellationToken cancellationToken) =>
        GetAsync(Get("/channels/{channel_id}", channelId.ToString()), Json.Channel, cancellationToken);

    /// <summary>
    /// <c>POST /users/@me/channels</c>: opens (or finds) the DM channel with a user. Sending to it may still fail
    /// with <see cref="DiscordErrorCode.CannotSendMessagesToThisUser"/> when they closed their DMs. Repeating it is
    /// harmless (the same channel comes back), so it is retried like a read.
    /// </summary>
    public Task<DiscordResult<Channel>> CreateDirectMessageChannelAsync(Snowflake userId, CancellationToken cancellationToken, RequestGate? gate = null) =>
        SendAsync(
            new RestRequest(RestRoute.Create(HttpMethod.Post, "/users/@me/channels"), RestBody.Json(new DirectMessageRequest(userId), Json.DirectMessageRequest)) { IsIdempotent = true, Gate = gate },
            Json.Channel,
            cancellationToken);
}
