namespace CareBot.Discord.Api.Models;

/// <summary>A command as the bot declares it when overwriting its commands (global or for one guild).</summary>
public sealed record ApplicationCommandDefinition
{
    public required string Name { get; init; }

    /// <summary>Required for slash commands (1-100 characters); empty for user and message commands.</summary>
    public string? Description { get; init; }

    public ApplicationCommandType? Type { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    /// <summary>Who may use the command by default; <see cref="Permissions.None"/> hides it from all but administrators.</summary>
    public Permissions? DefaultMemberPermissions { get; init; }

    /// <summary>Where it may be used: 0 guild, 1 the bot's DM, 2 other private channels.</summary>
    public IReadOnlyList<int>? Contexts { get; init; }
}
