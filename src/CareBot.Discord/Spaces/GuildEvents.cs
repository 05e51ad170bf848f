using System.Text.Json;
using CareBot.Core.Engine;
using CareBot.Discord.Api.Models;
using CareBot.Discord.Interactions;
using Microsoft.Extensions.Logging;

namespace CareBot.Discord.Spaces;

/// <summary>
/// The bot joining a server (GUILD_CREATE) opens its space, greeted once by the engine however often Discord sends it
/// (it does on every connect); leaving it (GUILD_DELETE without "unavailable") closes it. An outage is not a goodbye.
/// </summary>
internal sealed partial class GuildEvents(CareEngine engine, SpaceChannels channels, ILogger<GuildEvents> logger)
{
    public async Task JoinedAsync(JsonElement guild, CancellationToken cancellationToken)
    {
        if (Id(guild) is not { } id || guild.TryGetProperty("unavailable", out var unavailable) && unavailable.ValueKind == JsonValueKind.True)
        {
            return;
        }

        // The channel first: the welcome the engine writes next is delivered there.
        channels.Default(id.ToString(), Text(guild, "system_channel_id"));
        await engine.SpaceJoinedAsync(DiscordPeople.Space(id), Text(guild, "name") ?? id.ToString(), null, cancellationToken);
        LogSpace(id.Value, "joined");
    }

    public async Task LeftAsync(JsonElement guild, CancellationToken cancellationToken)
    {
        if (Id(guild) is not { } id || guild.TryGetProperty("unavailable", out var unavailable) && unavailable.ValueKind == JsonValueKind.True)
        {
            return;
        }

        await engine.SpaceLeftAsync(DiscordPeople.Space(id), null, cancellationToken);
        LogSpace(id.Value, "left");
    }

    private static Snowflake? Id(JsonElement guild) => Snowflake.TryParse(Text(guild, "id"), out var id) && id.Value != 0 ? id : null;

    private static string? Text(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "The bot {Change} server {GuildId}")]
    private partial void LogSpace(ulong guildId, string change);
}
