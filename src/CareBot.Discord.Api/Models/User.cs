using System.Text.Json.Serialization;

namespace CareBot.Discord.Api.Models;

/// <summary>A Discord account, person or bot.</summary>
public sealed record User
{
    public required Snowflake Id { get; init; }

    public required string Username { get; init; }

    /// <summary>The display name the person chose; null when they kept their username.</summary>
    public string? GlobalName { get; init; }

    public string? Avatar { get; init; }

    public bool? Bot { get; init; }

    /// <summary>What to call the person: their display name, else their username.</summary>
    [JsonIgnore]
    public string DisplayName => GlobalName ?? Username;
}
