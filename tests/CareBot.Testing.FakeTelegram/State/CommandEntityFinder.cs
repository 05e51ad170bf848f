using System.Text.RegularExpressions;
using CareBot.Testing.FakeTelegram.Html;

namespace CareBot.Testing.FakeTelegram.State;

/// <summary>
/// Finds /commands (and /command@botname) in a user's text the way Telegram clients mark them as bot_command
/// entities: a slash at the start of a word, 1-32 command characters, an optional @username.
/// </summary>
internal static partial class CommandEntityFinder
{
    public static IReadOnlyList<TextEntity> Find(string text) =>
        [.. CommandPattern().Matches(text).Select(match => new TextEntity("bot_command", match.Index, match.Length))];

    [GeneratedRegex(@"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![\w/])")]
    private static partial Regex CommandPattern();
}
