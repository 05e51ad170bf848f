using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareBot.Discord.Api.Models;

/// <summary>A value the user gave for a command option, or a subcommand with its own options.</summary>
public sealed record InteractionDataOption
{
    public required string Name { get; init; }

    public ApplicationCommandOptionType Type { get; init; }

    /// <summary>A string, integer, number, boolean or snowflake string, depending on <see cref="Type"/>.</summary>
    public JsonElement? Value { get; init; }

    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    /// <summary>True on the option the user is typing in, in an autocomplete interaction.</summary>
    public bool? Focused { get; init; }

    /// <summary>The value as text: strings as they are, numbers and booleans in JSON form; null for subcommands.</summary>
    [JsonIgnore]
    public string? ValueText => Value switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { } other => other.GetRawText(),
        null => null,
    };
}
