namespace CareBot.Telegram.Updates;

/// <summary>
/// Reads who a message's leading command is for: <c>/need</c> and <c>/need@thisbot</c> are ours, <c>/need@otherbot</c>
/// is not (several bots can share a group), and text without a leading command is chatter.
/// </summary>
public static class CommandText
{
    public static CommandAddressee Addressee(string? text, string botUsername)
    {
        var trimmed = text?.TrimStart();
        if (trimmed is null || trimmed.Length < 2 || trimmed[0] != '/')
        {
            return CommandAddressee.NotACommand;
        }

        var end = 1;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        var word = trimmed.AsSpan(1, end - 1);
        var at = word.IndexOf('@');
        if (at < 0)
        {
            return CommandAddressee.ThisBot;
        }

        return word[(at + 1)..].Equals(botUsername.AsSpan().TrimStart('@'), StringComparison.OrdinalIgnoreCase)
            ? CommandAddressee.ThisBot
            : CommandAddressee.AnotherBot;
    }
}
