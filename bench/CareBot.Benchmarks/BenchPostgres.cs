using CareBot.Storage.Contract.Tests.Support;
using Npgsql;

namespace CareBot.Benchmarks;

/// <summary>
/// The PostgreSQL server the benchmarks measure: the one <see cref="ServerVariable"/> names, or else a throwaway
/// cluster on this machine (the contract tests' own, <see cref="ThrowawayCluster"/>) with durability on, as in
/// production: every commit waits for its fsync. Each benchmark gets a database of its own, dropped after it.
/// </summary>
internal static class BenchPostgres
{
    /// <summary>A connection string to a server to measure instead; its user must be allowed to create databases.</summary>
    public const string ServerVariable = "CAREBOT_BENCH_POSTGRES";

    private static readonly Lazy<string> Server = new(Connect);
    private static int _databases;

    /// <summary>Why PostgreSQL can't be measured here, in one line; null when it can (the server starts on first use).</summary>
    public static string? Unavailable =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } || PostgresBinaries.Find() is not null
            ? null
            : $"no PostgreSQL: set {ServerVariable} or install initdb and pg_ctl ({PostgresBinaries.SearchedPlaces})";

    /// <summary>A new, empty database, dropped when the handle is disposed.</summary>
    public static TestDatabase CreateDatabase()
    {
        var admin = Server.Value;
        var name = $"carebot_bench_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }

        return new TestDatabase(admin, name);
    }

    /// <summary>The server's settings that decide what a commit costs, to print beside the figures.</summary>
    public static string Durability(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(
            "SELECT version(), current_setting('fsync'), current_setting('synchronous_commit'), current_setting('full_page_writes')", connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return $"{reader.GetString(0).Split(" on ")[0]}, fsync={reader.GetString(1)}, synchronous_commit={reader.GetString(2)}, full_page_writes={reader.GetString(3)}";
    }

    /// <summary>Bytes of write-ahead log written so far by the whole server: the difference over a post is what it wrote.</summary>
    public static long WalPosition(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint", connection);
        return (long)command.ExecuteScalar()!;
    }

    private static string Connect()
    {
        if (Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } given)
        {
            return given;
        }

        var binaries = PostgresBinaries.Find() ?? throw new InvalidOperationException(Unavailable);
        var (cluster, problem) = ThrowawayCluster.Start(binaries, durable: true);
        if (cluster is null)
        {
            throw new InvalidOperationException($"PostgreSQL could not be started: {problem}");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
        return cluster.ConnectionString;
    }
}
