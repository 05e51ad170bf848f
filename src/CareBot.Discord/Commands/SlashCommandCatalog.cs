using CareBot.Core.Engine;
using CareBot.Core.Safety;
using CareBot.Discord.Api.Models;

namespace CareBot.Discord.Commands;

/// <summary>
/// Every engine command as a Discord slash command, plus the adapter's own <c>/setup</c>. Admin-only commands carry
/// <c>default_member_permissions</c> (Manage Server), which hides them from others; the engine checks again.
/// </summary>
public static class SlashCommandCatalog
{
    public const string Setup = "setup";
    private const int MaxDescription = 100;
    private const Permissions AdminPermission = Permissions.ManageGuild;

    public static IReadOnlyList<ApplicationCommandDefinition> Build(IEnumerable<CommandInfo> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var engine = commands
            .Where(command => IsValidName(command.Name))
            .Select(command => new ApplicationCommandDefinition
            {
                Name = command.Name,
                Description = Describe(command),
                Type = ApplicationCommandType.ChatInput,
                Options = Options(SlashCommandShapes.For(command)),
                DefaultMemberPermissions = command.AdminOnly ? AdminPermission : null,
            });
        var setup = new ApplicationCommandDefinition
        {
            Name = Setup,
            Description = "admins: choose the channel where CareBot posts needs and offers",
            Type = ApplicationCommandType.ChatInput,
            Options = [new ApplicationCommandOption { Type = ApplicationCommandOptionType.Channel, Name = "channel", Description = "the channel for CareBot's posts", Required = true }],
            DefaultMemberPermissions = AdminPermission,
            Contexts = [0],
        };
        return [.. engine, setup];
    }

    /// <summary>Discord lists required options first; the command text keeps the shape's own order.</summary>
    private static IReadOnlyList<ApplicationCommandOption>? Options(IReadOnlyList<SlashOption> options) => options.Count == 0
        ? null
        : [.. options.OrderByDescending(option => option.Required).Select(option => new ApplicationCommandOption
        {
            Type = option.Type,
            Name = option.Name,
            Description = option.Description,
            Required = option.Required ? true : null,
            Autocomplete = option.Suggests is null ? null : true,
            Choices = option.Choices.Count == 0 ? null : [.. option.Choices.Select(choice => ApplicationCommandOptionChoice.Of(choice, choice))],
        })];

    private static string Describe(CommandInfo command)
    {
        var text = string.IsNullOrWhiteSpace(command.Summary) ? command.Usage : command.Summary.Trim();
        return TextRules.Clip(text, MaxDescription);
    }

    private static bool IsValidName(string name) =>
        name.Length is > 0 and <= 32 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '-');
}
