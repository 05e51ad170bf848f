using CareBot.Storage.Contract.Tests.Support;
using CareBot.Storage.PostgreSql;
using Npgsql;

namespace CareBot.Storage.Contract.Tests.PostgreSql;

/// <summary>CareBot creates and migrates its own schema, once, even when several CareBots start on the database together.</summary>
public sealed class SchemaMigrationTests : IDisposable
{
    private readonly TestDatabase _database = TestPostgres.CreateDatabase();

    public void Dispose() => _database.Dispose();

    [PostgreSqlFact]
    public void A_new_database_gets_every_migration_once_and_opening_it_again_changes_nothing()
    {
        PostgreSqlCareStore.Open(_database.ConnectionString).Dispose();
        var first = AppliedMigrations();
        PostgreSqlCareStore.Open(_database.ConnectionString).Dispose();

        Assert.Equal(Migrations.All.Select(m => m.Version), first.Select(m => m.Version));
        Assert.Equal(first, AppliedMigrations());
    }

    [PostgreSqlFact]
    public void CareBots_starting_together_on_an_empty_database_migrate_it_once_and_all_open()
    {
        using var ready = new Barrier(4);
        var opened = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            ready.SignalAndWait(TimeSpan.FromSeconds(30));
            using var store = PostgreSqlCareStore.Open(_database.ConnectionString);
            return store.Read(session => session.Communities.All().Count);
        })).ToArray();

        Assert.True(Task.WaitAll(opened, TimeSpan.FromSeconds(60)), "every CareBot opened the store");
        Assert.All(opened, task => Assert.Equal(0, task.Result));
        Assert.Equal(Migrations.All.Select(m => m.Version), AppliedMigrations().Select(m => m.Version));
    }

    [PostgreSqlFact]
    public void A_database_set_up_by_a_newer_CareBot_is_refused_with_one_line_saying_so()
    {
        PostgreSqlCareStore.Open(_database.ConnectionString).Dispose();
        Execute($"INSERT INTO schema_migrations (version, description) VALUES ({Migrations.Latest + 1}, 'from the future')");

        var refused = Assert.Throws<PostgreSqlUnavailableException>(() => PostgreSqlCareStore.Open(_database.ConnectionString));

        Assert.Contains($"schema {Migrations.Latest + 1}", refused.Message, StringComparison.Ordinal);
        Assert.Contains("newer CareBot", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
    }

    private List<(int Version, string Description)> AppliedMigrations()
    {
        using var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT version, description FROM schema_migrations ORDER BY version", connection);
        using var reader = command.ExecuteReader();
        var applied = new List<(int, string)>();
        while (reader.Read())
        {
            applied.Add((reader.GetInt32(0), reader.GetString(1)));
        }

        return applied;
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
