using CareBot.Core.Engine;
using CareBot.Core.Safety;
using Telegram.Bot.Types;

namespace CareBot.Telegram.Menus;

/// <summary>
/// The command menus Telegram shows when someone types "/": one for groups, one for private chats, built from the
/// engine's commands. Personal data commands are left out of the group menu; they answer in private anyway.
/// </summary>
public static class CommandMenus
{
    private const int MaxDescription = 256;
    private static readonly HashSet<string> PrivateOnly = new(StringComparer.Ordinal) { "export", "forget" };

    public static IReadOnlyList<BotCommand> ForGroups(IEnumerable<CommandInfo> commands) =>
        [.. commands.Where(c => !PrivateOnly.Contains(c.Name)).Select(ToBotCommand).OfType<BotCommand>()];

    public static IReadOnlyList<BotCommand> ForPrivateChats(IEnumerable<CommandInfo> commands) =>
        [.. commands.Select(ToBotCommand).OfType<BotCommand>()];

    /// <summary>True when the menu Telegram has is already the one wanted, so start-up doesn't set it again.</summary>
    public static bool Same(IReadOnlyList<BotCommand> current, IReadOnlyList<BotCommand> wanted) =>
        current.Count == wanted.Count
        && current.Zip(wanted).All(pair => pair.First.Command == pair.Second.Command && pair.First.Description == pair.Second.Description);

    /// <summary>Telegram takes 1-32 of a-z, 0-9 and _ as a command, and a description of 1-256 characters.</summary>
    private static BotCommand? ToBotCommand(CommandInfo command)
    {
        var name = command.Name.ToLowerInvariant();
        if (name.Length is 0 or > 32 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            return null;
        }

        var description = string.IsNullOrWhiteSpace(command.Summary) ? command.Usage : command.Summary.Trim();
        return new BotCommand { Command = name, Description = TextRules.Clip(description, MaxDescription) };
    }
}
