using CareBot.Storage.Contract.Tests.Support;
using CareBot.Storage.PostgreSql;
using Npgsql;

namespace CareBot.Storage.Contract.Tests.PostgreSql;

/// <summary>
/// What EraseTracesOnCommit means on PostgreSQL: after an erasing write commits, not even a dead row version of what it
/// deleted is left in the table's pages (VACUUM reclaimed it), where an ordinary delete leaves one until autovacuum
/// comes. Read with pageinspect, which ships with PostgreSQL's server package.
/// </summary>
public sealed class ErasureOnDiskTests : IDisposable
{
    private const string Name = "Zelda Quintessa";

    private readonly TestDatabase _database = TestPostgres.CreateDatabase();

    public void Dispose() => _database.Dispose();

    [PostgreSqlFact]
    public void An_erasing_write_leaves_no_row_version_of_what_it_deleted_and_an_ordinary_one_does()
    {
        using var store = PostgreSqlCareStore.Open(_database.ConnectionString);
        var kept = Forget(store, erase: false);
        var erased = Forget(store, erase: true);

        Assert.True(kept, "an ordinary delete leaves the dead row version in the page, for VACUUM to reclaim later");
        Assert.False(erased, "an erasing delete leaves no row version behind");
    }

    /// <summary>Inserts a member named <see cref="Name"/>, deletes it, and says whether its bytes are still in a row version.</summary>
    private bool Forget(PostgreSqlCareStore store, bool erase)
    {
        var member = Build.Member(1, Name);
        store.Write(session =>
        {
            session.Members.Insert(member);
            return true;
        });
        store.Write(session =>
        {
            if (erase)
            {
                session.EraseTracesOnCommit();
            }

            session.Members.Delete(member.Id);
            return true;
        });

        using var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        using (var extension = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pageinspect", connection))
        {
            extension.ExecuteNonQuery();
        }

        using var command = new NpgsqlCommand(
            """
            SELECT count(*) FROM generate_series(0, pg_relation_size('members') / current_setting('block_size')::int - 1) AS page,
                LATERAL heap_page_items(get_raw_page('members', page::int)) AS item
            WHERE position(convert_to($1, 'UTF8') IN item.t_data) > 0
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = Name });
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
