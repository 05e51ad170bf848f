using System.Globalization;

namespace CareBot.ConsoleAdapter;

/// <summary>Reads the console protocol documented in README.md, one line at a time.</summary>
public static class ConsoleLineParser
{
    public const string DefaultGroup = "town";
    public const string PrivateChat = "dm";

    public static ConsoleInput Parse(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith('#'))
        {
            return new ConsoleInput.Nothing();
        }

        if (trimmed.StartsWith(':'))
        {
            return ParseDirective(trimmed);
        }

        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return new ConsoleInput.Invalid("expected `name: /command`, `name@group: …`, `name@dm: …`, `:advance 2d` or `:admin name`");
        }

        var (user, group, problem) = ParseSpeaker(trimmed[..colon]);
        return problem is not null
            ? new ConsoleInput.Invalid(problem)
            : new ConsoleInput.Say(user!, group, trimmed[(colon + 1)..].Trim());
    }

    private static ConsoleInput ParseDirective(string line)
    {
        var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var argument = parts.Length > 1 ? parts[1] : "";
        switch (parts[0].ToLowerInvariant())
        {
            case ":advance":
                return TryParseDuration(argument, out var by)
                    ? new ConsoleInput.Advance(by)
                    : new ConsoleInput.Invalid("`:advance` takes a duration like 2d, 3h or 30m");
            case ":admin":
                var (user, group, problem) = ParseSpeaker(argument);
                if (problem is not null)
                {
                    return new ConsoleInput.Invalid(problem);
                }

                return group is null
                    ? new ConsoleInput.Invalid("admins are admins of a group, not of a private chat")
                    : new ConsoleInput.Admin(user!, group);
            default:
                return new ConsoleInput.Invalid($"unknown directive {parts[0]}; try :advance or :admin");
        }
    }

    private static (string? User, string? Group, string? Problem) ParseSpeaker(string speaker)
    {
        var at = speaker.IndexOf('@', StringComparison.Ordinal);
        var user = (at < 0 ? speaker : speaker[..at]).Trim();
        var group = at < 0 ? DefaultGroup : speaker[(at + 1)..].Trim();
        if (!IsName(user))
        {
            return (null, null, "a name is letters, digits, '_', '-' or '.', up to 32 characters");
        }

        if (!IsName(group))
        {
            return (null, null, "a group name is letters, digits, '_', '-' or '.', up to 32 characters");
        }

        return (user, group.Equals(PrivateChat, StringComparison.OrdinalIgnoreCase) ? null : group, null);
    }

    private static bool IsName(string name) =>
        name.Length is > 0 and <= 32 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');

    private static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (text.Length < 2 || !int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > 10_000)
        {
            return false;
        }

        duration = char.ToLowerInvariant(text[^1]) switch
        {
            'd' => TimeSpan.FromDays(amount),
            'h' => TimeSpan.FromHours(amount),
            'm' => TimeSpan.FromMinutes(amount),
            _ => TimeSpan.Zero,
        };
        return duration > TimeSpan.Zero;
    }
}
