namespace CareBot.Core.Engine;

/// <summary>Splits "/need@carebot a ride" into a name and its arguments. Anything else is not a command.</summary>
public static class CommandParser
{
    public const int MaxNameLength = 32;

    public static ParsedCommand? Parse(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length < 2 || trimmed[0] != '/')
        {
            return null;
        }

        var end = 1;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        var word = trimmed[1..end];
        var at = word.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            word = word[..at];
        }

        if (word.Length == 0 || word.Length > MaxNameLength || !word.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            return null;
        }

        return new ParsedCommand(word.ToLowerInvariant(), trimmed[end..].Trim());
    }
}
