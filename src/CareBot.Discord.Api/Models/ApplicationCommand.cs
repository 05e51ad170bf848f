namespace CareBot.Discord.Api.Models;

/// <summary>A command as Discord registered it.</summary>
public sealed record ApplicationCommand
{
    public required Snowflake Id { get; init; }

    public required Snowflake ApplicationId { get; init; }

    public Snowflake? GuildId { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public ApplicationCommandType Type { get; init; } = ApplicationCommandType.ChatInput;

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    public Permissions? DefaultMemberPermissions { get; init; }

    public Snowflake Version { get; init; }
}
