namespace CareBot.Composition;

/// <summary>What the command line asks CareBot to do.</summary>
internal enum LaunchCommand
{
    /// <summary>No command: every chat adapter whose token is set, or the console when none is.</summary>
    Bot,

    /// <summary><c>console</c>: the console adapter only.</summary>
    Console,

    /// <summary><c>backup PATH</c>: copy the database and exit.</summary>
    Backup,

    /// <summary><c>health</c>: exit 0 if a CareBot on the database beat recently (Docker's HEALTHCHECK).</summary>
    Health,

    /// <summary><c>migrate --from litedb:PATH --to postgresql:CONNECTION</c>: copy every record to PostgreSQL, check, and exit.</summary>
    Migrate,

    /// <summary><c>--help</c>: print the usage and exit.</summary>
    Help,
}
