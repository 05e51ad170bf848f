using CareBot.Core.Engine;
using CareBot.Discord.Api.Models;

namespace CareBot.Discord.Commands;

/// <summary>
/// One typed option of a slash command and how it goes back into the command text the engine parses: a
/// <see cref="Word"/> before the value ("zone north"), or the value alone when there is none; a true boolean writes
/// only its word ("anon").
/// </summary>
public sealed record SlashOption(string Name, ApplicationCommandOptionType Type, string Description, string? Word = null)
{
    public bool Required { get; init; }

    public SuggestionKind? Suggests { get; init; }

    public IReadOnlyList<string> Choices { get; init; } = [];

    public static SlashOption Text(string name, string description) => new(name, ApplicationCommandOptionType.String, description);

    public static SlashOption Number(string name, string description, SuggestionKind suggests) =>
        new(name, ApplicationCommandOptionType.Integer, description) { Required = true, Suggests = suggests };
}
