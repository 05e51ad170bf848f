namespace CareBot.Composition;

/// <summary>
/// The words CareBot itself reads from the command line (<c>console</c>, <c>backup PATH</c>, <c>health</c>,
/// <c>migrate --from … --to …</c>, <c>--db PATH</c>, <c>--help</c>); configuration (<c>--Telegram:Token=…</c>) is passed on to .NET configuration. Anything else is a
/// mistake, refused with the usage: .NET configuration would silently ignore a mistyped <c>consol</c> and start the bot.
/// </summary>
internal sealed record LaunchOptions
{
    private static readonly Dictionary<string, LaunchCommand> Commands = new(StringComparer.Ordinal)
    {
        ["console"] = LaunchCommand.Console,
        ["backup"] = LaunchCommand.Backup,
        ["health"] = LaunchCommand.Health,
        ["migrate"] = LaunchCommand.Migrate,
    };

    private const string MigrateExample = "migrate --from litedb:carebot.db --to \"postgresql:Host=db;Database=carebot;Username=carebot;Password=…\"";

    private static readonly HashSet<string> HelpWords = new(StringComparer.Ordinal) { "--help", "-h", "-?", "help" };

    public LaunchCommand Command { get; private init; } = LaunchCommand.Bot;

    public bool ConsoleOnly => Command == LaunchCommand.Console;

    /// <summary>Set by <c>--db PATH</c>; it wins over Storage:Path.</summary>
    public string? DatabasePath { get; private init; }

    /// <summary>Set by <c>backup PATH</c>: copy the database there and exit, instead of running the bot.</summary>
    public string? BackupPath { get; private init; }

    /// <summary>Set by <c>migrate --from</c>: where the records come from, e.g. <c>litedb:carebot.db</c>.</summary>
    public StoreAddress? MigrateFrom { get; private init; }

    /// <summary>Set by <c>migrate --to</c>: where they go, e.g. <c>postgresql:Host=db;…</c>.</summary>
    public StoreAddress? MigrateTo { get; private init; }

    /// <summary>What is left for .NET configuration.</summary>
    public string[] ConfigurationArgs { get; private init; } = [];

    /// <summary>Why the command line can't be used, as one line; null when it can.</summary>
    public string? Problem { get; private init; }

    /// <summary>The problem is a word CareBot doesn't know, so the answer shows what it does know.</summary>
    public bool ShowUsage { get; private init; }

    public static LaunchOptions Parse(string[] args)
    {
        var command = LaunchCommand.Bot;
        string? commandWord = null;
        string? database = null;
        string? backup = null;
        StoreAddress? from = null;
        StoreAddress? to = null;
        var configuration = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var next = i + 1 < args.Length ? args[i + 1] : null;
            if (HelpWords.Contains(arg))
            {
                return new LaunchOptions { Command = LaunchCommand.Help };
            }

            if (arg == "--db")
            {
                if (string.IsNullOrWhiteSpace(next))
                {
                    return Refused("--db needs a file path, e.g. --db carebot.db");
                }

                database = next;
                i++;
            }
            else if (arg is "--from" or "--to")
            {
                if (StoreAddress.Parse(next) is not { } address)
                {
                    return Refused($"{arg} needs a store, e.g. {MigrateExample}");
                }

                if (arg == "--from")
                {
                    from = address;
                }
                else
                {
                    to = address;
                }

                i++;
            }
            else if (IsConfiguration(arg))
            {
                configuration.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal))
                {
                    // "--Key value": configuration takes the next word as the value; without one it would drop the key silently.
                    if (next is null)
                    {
                        return Suggestion(arg) is null ? Refused($"{arg} needs a value, e.g. {arg}=value") : Unknown(arg, commandWord);
                    }

                    configuration.Add(next);
                    i++;
                }
            }
            else if (commandWord is null && Commands.TryGetValue(arg, out var known))
            {
                command = known;
                commandWord = arg;
                if (known == LaunchCommand.Backup)
                {
                    if (string.IsNullOrWhiteSpace(next) || next.StartsWith('-'))
                    {
                        return Refused("backup needs the file to write, e.g. backup /backups/carebot-2026-01-31.db");
                    }

                    backup = next;
                    i++;
                }
            }
            else
            {
                return Unknown(arg, commandWord);
            }
        }

        if (command == LaunchCommand.Migrate)
        {
            if (from?.Kind != StoreKind.LiteDb || to?.Kind != StoreKind.PostgreSql)
            {
                return Refused($"migrate copies a LiteDB file into PostgreSQL: {MigrateExample}");
            }
        }
        else if (from is not null || to is not null)
        {
            return Refused($"--from and --to belong to migrate: {MigrateExample}");
        }

        return new LaunchOptions
        {
            Command = command, DatabasePath = database, BackupPath = backup, MigrateFrom = from, MigrateTo = to, ConfigurationArgs = [.. configuration],
        };
    }

    /// <summary>The forms .NET configuration reads: <c>--Key=value</c>, <c>--Key value</c>, <c>/Key=value</c>, <c>Key=value</c>.</summary>
    private static bool IsConfiguration(string arg) =>
        (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
        || (arg.Contains('=', StringComparison.Ordinal) && !arg.StartsWith('='));

    private static LaunchOptions Refused(string problem) => new() { Problem = problem };

    private static LaunchOptions Unknown(string arg, string? commandWord)
    {
        if (commandWord is not null && Commands.ContainsKey(arg))
        {
            return new LaunchOptions { Problem = $"only one command at a time: {commandWord} or {arg}", ShowUsage = true };
        }

        var hint = Suggestion(arg) is { } guess ? $"; did you mean {guess}?" : "";
        return new LaunchOptions { Problem = $"unknown argument '{arg}'{hint}", ShowUsage = true };
    }

    private static string? Suggestion(string arg) =>
        Commands.Keys.Concat(["--help", "--db", "--from", "--to"]).FirstOrDefault(word => WordDistance.AtMost(arg, word, 2));
}
