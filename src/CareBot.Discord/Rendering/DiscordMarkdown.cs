using System.Text;

namespace CareBot.Discord.Rendering;

/// <summary>
/// Makes text someone typed show as itself in Discord markdown: every markdown character is escaped with a backslash,
/// and "@everyone" / "@here" get a zero-width space so they read as text even where mentions are allowed to parse.
/// (allowed_mentions already stops every ping; this keeps the words from looking like the bot's own formatting.)
/// </summary>
public static class DiscordMarkdown
{
    private const string Special = "\\*_~`|><#-[]():";
    private const char ZeroWidthSpace = '\u200B';

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            if (c == '@')
            {
                escaped.Append(ZeroWidthSpace);
            }
        }

        return escaped.ToString();
    }
}
