using System.Text.Json;
using CareBot.Discord.Api.Models;

namespace CareBot.Discord.Api.Json;

/// <summary>
/// The client's serializer for callers: gateway events read into the same models REST uses, and command definitions
/// written exactly as they are sent (so a caller can tell whether what it would send has changed).
/// </summary>
public static class DiscordJson
{
    /// <summary>The <c>d</c> of an INTERACTION_CREATE event; null when it is not an interaction this client can read.</summary>
    public static Interaction? ReadInteraction(JsonElement data)
    {
        try
        {
            return data.Deserialize(DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The JSON body a bulk overwrite of these commands sends.</summary>
    public static string Write(IReadOnlyList<ApplicationCommandDefinition> commands) =>
        JsonSerializer.Serialize(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommandDefinition);
}
