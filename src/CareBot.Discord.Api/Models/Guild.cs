namespace CareBot.Discord.Api.Models;

/// <summary>A server (a community), with its roles so member permissions can be worked out.</summary>
public sealed record Guild
{
    public required Snowflake Id { get; init; }

    public required string Name { get; init; }

    public Snowflake OwnerId { get; init; }

    public IReadOnlyList<Role> Roles { get; init; } = [];

    public string? PreferredLocale { get; init; }
}
