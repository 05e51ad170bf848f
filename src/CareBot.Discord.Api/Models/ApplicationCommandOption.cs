namespace CareBot.Discord.Api.Models;

/// <summary>A parameter of a slash command, or a subcommand (then <see cref="Options"/> holds its own parameters).</summary>
public sealed record ApplicationCommandOption
{
    public required ApplicationCommandOptionType Type { get; init; }

    /// <summary>1-32 lowercase characters.</summary>
    public required string Name { get; init; }

    /// <summary>1-100 characters.</summary>
    public required string Description { get; init; }

    public bool? Required { get; init; }

    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    public bool? Autocomplete { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }
}
