namespace CareBot.Discord.Api.Models;

/// <summary>A user's membership of one guild: nickname, roles, and (in interactions) their permissions.</summary>
public sealed record GuildMember
{
    /// <summary>Absent in the member object of MESSAGE_CREATE events; present from REST and in interactions.</summary>
    public User? User { get; init; }

    public string? Nick { get; init; }

    public IReadOnlyList<Snowflake> Roles { get; init; } = [];

    public DateTimeOffset? JoinedAt { get; init; }

    /// <summary>Sent only inside interactions: the member's permissions in the channel where they acted.</summary>
    public Permissions? Permissions { get; init; }

    /// <summary>
    /// The member's guild-wide permissions: @everyone plus each of their roles, everything for the owner or an
    /// administrator. Channel overwrites are not applied; for an interaction, prefer <see cref="Permissions"/>.
    /// </summary>
    public Permissions GuildPermissions(Guild guild)
    {
        ArgumentNullException.ThrowIfNull(guild);
        if (User is not null && User.Id == guild.OwnerId)
        {
            return Models.Permissions.All;
        }

        var granted = guild.Roles
            .Where(role => role.Id == guild.Id || Roles.Contains(role.Id))
            .Aggregate(Models.Permissions.None, (sum, role) => sum | role.Permissions);
        return granted.HasFlag(Models.Permissions.Administrator) ? Models.Permissions.All : granted;
    }

    public bool Has(Guild guild, Permissions wanted) => (GuildPermissions(guild) & wanted) == wanted;
}
