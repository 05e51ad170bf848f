using System.Text;
using CareBot.Core.Engine;
using CareBot.Discord.Api.Models;

namespace CareBot.Discord.Commands;

/// <summary>
/// Turns a slash command's typed options back into the command text the engine parses from every platform
/// (<c>/need anonymous:true zone:north text:a lift</c> becomes <c>/need anon zone north a lift</c>). Parses only:
/// whether the values make sense is the engine's to say.
/// </summary>
public static class SlashCommandText
{
    public static string Build(string name, IReadOnlyList<InteractionDataOption>? given, IEnumerable<CommandInfo> commands)
    {
        var command = commands.FirstOrDefault(c => c.Name == name);
        var text = new StringBuilder("/").Append(name);
        if (command is null || given is null)
        {
            return text.ToString();
        }

        foreach (var option in SlashCommandShapes.For(command))
        {
            if (given.FirstOrDefault(g => g.Name == option.Name)?.ValueText is not { } value || value.Trim().Length == 0)
            {
                continue;
            }

            if (option.Type == ApplicationCommandOptionType.Boolean)
            {
                if (value == "true" && option.Word is { } flag)
                {
                    text.Append(' ').Append(flag);
                }

                continue;
            }

            if (option.Word is { } word)
            {
                text.Append(' ').Append(word);
            }

            text.Append(' ').Append(value.Trim());
        }

        return text.ToString();
    }

    /// <summary>The value of one option as typed, or null.</summary>
    public static string? Value(IReadOnlyList<InteractionDataOption>? given, string name) =>
        given?.FirstOrDefault(g => g.Name == name)?.ValueText;
}
