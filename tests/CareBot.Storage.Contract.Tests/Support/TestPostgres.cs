using Npgsql;

namespace CareBot.Storage.Contract.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests use, one per test run: the one <see cref="ServerVariable"/> names, or else a
/// <see cref="ThrowawayCluster"/> started on first use and stopped when the run ends. When there is none,
/// <see cref="SkipReason"/> says why in one line, and the PostgreSQL tests are skipped with it.
/// </summary>
internal static class TestPostgres
{
    /// <summary>A connection string to a server to use instead of starting one; its user must be allowed to create databases.</summary>
    public const string ServerVariable = "CAREBOT_TEST_POSTGRES";

    /// <summary>Set to 1 to skip every PostgreSQL test, e.g. to see that they skip cleanly.</summary>
    public const string DisableVariable = "CAREBOT_TEST_POSTGRES_DISABLE";

    private static readonly Lazy<(string? ConnectionString, string? Problem)> Server = new(Connect);
    private static int _databases;

    /// <summary>Why PostgreSQL tests can't run here, or null when they can.</summary>
    public static string? SkipReason => Server.Value.Problem is { } problem ? $"PostgreSQL is not available: {problem}" : null;

    /// <summary>A new, empty database on the server, dropped when the returned handle is disposed.</summary>
    public static TestDatabase CreateDatabase()
    {
        var admin = Server.Value.ConnectionString ?? throw new InvalidOperationException(SkipReason);
        var name = $"carebot_test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }

        return new TestDatabase(admin, name);
    }

    private static (string?, string?) Connect()
    {
        if (Environment.GetEnvironmentVariable(DisableVariable) is "1" or "true")
        {
            return (null, $"{DisableVariable} is set");
        }

        if (Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } given)
        {
            return Reachable(given) is { } problem ? (null, $"{ServerVariable} names a server that can't be used: {problem}") : (given, null);
        }

        if (PostgresBinaries.Find() is not { } binaries)
        {
            return (null, $"no initdb and pg_ctl in {PostgresBinaries.SearchedPlaces} (install Debian's postgresql package, as .ci/run does, or set {ServerVariable})");
        }

        var (cluster, startProblem) = ThrowawayCluster.Start(binaries);
        if (cluster is null)
        {
            return (null, startProblem);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
        return Reachable(cluster.ConnectionString) is { } unreachable ? (null, $"the cluster started but can't be reached: {unreachable}") : (cluster.ConnectionString, null);
    }

    private static string? Reachable(string connectionString)
    {
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or TimeoutException)
        {
            return e.Message;
        }
    }
}
