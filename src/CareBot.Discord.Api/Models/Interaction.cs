using System.Text.Json.Serialization;

namespace CareBot.Discord.Api.Models;

/// <summary>
/// A user's command, button press, select, autocomplete or modal, as the gateway's INTERACTION_CREATE delivers it.
/// Answer within 3 seconds with <see cref="Token"/> (then followups for 15 minutes).
/// </summary>
public sealed record Interaction
{
    public required Snowflake Id { get; init; }

    public required Snowflake ApplicationId { get; init; }

    public required InteractionType Type { get; init; }

    public InteractionData? Data { get; init; }

    public Snowflake? GuildId { get; init; }

    public Snowflake? ChannelId { get; init; }

    /// <summary>Where it was used; absent in payloads older than user-installed apps.</summary>
    public InteractionContextType? Context { get; init; }

    /// <summary>Who acted, when in a guild.</summary>
    public GuildMember? Member { get; init; }

    /// <summary>Who acted, when in a DM.</summary>
    public User? User { get; init; }

    /// <summary>A secret good for this interaction's callback and followups: never log it.</summary>
    public required string Token { get; init; }

    public int Version { get; init; } = 1;

    /// <summary>The message a component was on.</summary>
    public Message? Message { get; init; }

    public string? Locale { get; init; }

    public string? GuildLocale { get; init; }

    /// <summary>What the bot may do in the channel.</summary>
    public Permissions? AppPermissions { get; init; }

    /// <summary>The person who acted, in a guild or a DM.</summary>
    [JsonIgnore]
    public User? Invoker => Member?.User ?? User;
}
