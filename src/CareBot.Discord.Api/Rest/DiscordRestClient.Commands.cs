using CareBot.Discord.Api.Models;

namespace CareBot.Discord.Api.Rest;

public sealed partial class DiscordRestClient
{
    /// <summary>
    /// <c>PUT /applications/{id}/commands</c>: makes the bot's global commands exactly these. Commands that keep their
    /// name are updated in place and do not count against the 200 daily creates.
    /// </summary>
    public Task<DiscordResult<IReadOnlyList<ApplicationCommand>>> OverwriteGlobalCommandsAsync(Snowflake applicationId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken) =>
        OverwriteAsync(RestRoute.Create(HttpMethod.Put, "/applications/{application_id}/commands", applicationId.ToString()), commands, cancellationToken);

    /// <summary><c>PUT /applications/{id}/guilds/{guild}/commands</c>: the same for one guild; changes show at once.</summary>
    public Task<DiscordResult<IReadOnlyList<ApplicationCommand>>> OverwriteGuildCommandsAsync(Snowflake applicationId, Snowflake guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken) =>
        OverwriteAsync(RestRoute.Create(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands", applicationId.ToString(), guildId.ToString()), commands, cancellationToken);

    private Task<DiscordResult<IReadOnlyList<ApplicationCommand>>> OverwriteAsync(RestRoute route, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken) =>
        SendAsync(new RestRequest(route, RestBody.Json(commands, Json.IReadOnlyListApplicationCommandDefinition)), Json.IReadOnlyListApplicationCommand, cancellationToken);
}
