using Npgsql;

namespace CareBot.Storage.PostgreSql;

/// <summary>
/// Brings the database's schema up to <see cref="Migrations.Latest"/>. Two CareBots starting together both get here;
/// a session-level advisory lock lets one migrate while the other waits, then finds nothing left to do.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>The advisory lock's key: "CareBot" in ASCII, so it is recognisable in pg_locks.</summary>
    public const long LockKey = 0x43617265426F74;

    public static void Run(NpgsqlConnection connection, string description)
    {
        Execute(connection, "SELECT pg_advisory_lock($1)", LockKey);
        try
        {
            Execute(connection,
                "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
            var applied = AppliedVersion(connection);
            if (applied > Migrations.Latest)
            {
                throw new PostgreSqlUnavailableException(
                    $"The {description} was set up by a newer CareBot (schema {applied}; this version understands up to {Migrations.Latest}). Upgrade CareBot.");
            }

            foreach (var migration in Migrations.All.Where(m => m.Version > applied))
            {
                using var transaction = connection.BeginTransaction();
                Execute(connection, migration.Sql);
                Execute(connection, "INSERT INTO schema_migrations (version, description) VALUES ($1, $2)", migration.Version, migration.Description);
                transaction.Commit();
            }
        }
        finally
        {
            Execute(connection, "SELECT pg_advisory_unlock($1)", LockKey);
        }
    }

    public static int AppliedVersion(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_migrations", connection);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(NpgsqlConnection connection, string sql, params object[] arguments)
    {
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var argument in arguments)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = argument });
        }

        command.ExecuteNonQuery();
    }
}
