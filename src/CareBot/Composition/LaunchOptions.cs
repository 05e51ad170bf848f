namespace CareBot.Composition;

/// <summary>
/// The words CareBot itself reads from the command line (<c>console</c>, <c>backup PATH</c>, <c>--db PATH</c>);
/// everything else is left for .NET configuration (<c>--Telegram:Token=…</c>).
/// </summary>
internal sealed record LaunchOptions(bool ConsoleOnly, string? DatabasePath, string[] ConfigurationArgs, string? Problem)
{
    /// <summary>Set by <c>backup PATH</c>: copy the database there and exit, instead of running the bot.</summary>
    public string? BackupPath { get; init; }

    public static LaunchOptions Parse(string[] args)
    {
        var consoleOnly = false;
        string? database = null;
        string? backup = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "console" when i == 0:
                    consoleOnly = true;
                    break;
                case "backup" when i == 0:
                    if (i + 1 >= args.Length || string.IsNullOrWhiteSpace(args[i + 1]) || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        return new LaunchOptions(false, null, [], "backup needs the file to write, e.g. backup /backups/carebot-2026-01-31.db");
                    }

                    backup = args[++i];
                    break;
                case "--db":
                    if (i + 1 >= args.Length || string.IsNullOrWhiteSpace(args[i + 1]))
                    {
                        return new LaunchOptions(false, null, [], "--db needs a file path, e.g. --db carebot.db");
                    }

                    database = args[++i];
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        return new LaunchOptions(consoleOnly, database, [.. rest], null) { BackupPath = backup };
    }
}
