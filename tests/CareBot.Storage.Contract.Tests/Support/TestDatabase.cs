using Npgsql;

namespace CareBot.Storage.Contract.Tests.Support;

/// <summary>One test's own database; dropped, with any connection still open to it, when the test ends.</summary>
internal sealed class TestDatabase(string adminConnectionString, string name) : IDisposable
{
    public string Name { get; } = name;

    public string ConnectionString { get; } = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(adminConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
