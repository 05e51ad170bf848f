namespace CareBot.Discord.Api.Models;

/// <summary>A guild role and the permissions it grants. The @everyone role has the guild's id.</summary>
public sealed record Role
{
    public required Snowflake Id { get; init; }

    public required string Name { get; init; }

    public Permissions Permissions { get; init; }

    public int Position { get; init; }

    public bool Managed { get; init; }

    public bool Mentionable { get; init; }
}
