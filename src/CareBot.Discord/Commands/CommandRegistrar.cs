using System.Security.Cryptography;
using System.Text;
using CareBot.Core.Engine;
using CareBot.Discord.Api.Json;
using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest;
using CareBot.Discord.Hosting;
using CareBot.Discord.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareBot.Discord.Commands;

/// <summary>
/// Registers the slash commands in bulk (globally, or in each of Discord:GuildIds), only when what would be sent
/// differs from what was last registered there: a hash of the exact body is kept in the store, so an unchanged
/// restart sends no PUT and spends none of Discord's 200 daily command creates.
/// </summary>
internal sealed partial class CommandRegistrar(
    DiscordRestClient client,
    CareEngine engine,
    AdapterMarkers markers,
    IOptions<DiscordOptions> options,
    ILogger<CommandRegistrar> logger)
{
    public async Task RegisterAsync(Snowflake applicationId, CancellationToken cancellationToken)
    {
        var commands = SlashCommandCatalog.Build(engine.Commands);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(applicationId + DiscordJson.Write(commands))));
        var guilds = options.Value.GuildIds.Select(Snowflake.Parse).ToList();
        foreach (var guild in guilds.Count == 0 ? [(Snowflake?)null] : guilds.Select(g => (Snowflake?)g))
        {
            var scope = guild?.ToString() ?? "global";
            var marker = AdapterMarkers.CommandsHash(scope);
            if (markers.Get(marker) == hash)
            {
                continue;
            }

            var result = guild is { } id
                ? await client.OverwriteGuildCommandsAsync(applicationId, id, commands, cancellationToken)
                : await client.OverwriteGlobalCommandsAsync(applicationId, commands, cancellationToken);
            if (!result.IsSuccess)
            {
                // Not fatal: the commands registered before still work; the next start tries again.
                LogRegistrationFailed(scope, result.Error);
                continue;
            }

            markers.Set(marker, hash);
            LogRegistered(scope, commands.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slash commands registered ({Scope}, {Count} commands)")]
    private partial void LogRegistered(string scope, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registering slash commands ({Scope}) failed: {Reason}; the next start tries again")]
    private partial void LogRegistrationFailed(string scope, DiscordError reason);
}
