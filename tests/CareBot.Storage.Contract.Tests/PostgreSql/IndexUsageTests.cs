using System.Reflection;
using CareBot.Storage.Contract.Tests.Support;
using CareBot.Storage.PostgreSql;
using Npgsql;

namespace CareBot.Storage.Contract.Tests.PostgreSql;

/// <summary>
/// PostgreSQL answers every lookup from an index: the tables are filled with enough rows, spread as a community's data
/// is (few messages pending, most needs closed), analysed, and each lookup's own SQL explained with real arguments.
/// A lookup without an index shows as a sequential scan and fails here before a large community notices.
/// </summary>
public sealed class IndexUsageTests : IDisposable
{
    private static readonly DateTimeOffset Start = TestClock.Start;

    /// <summary>Arguments for each lookup, as the repositories pass them.</summary>
    private static readonly Dictionary<string, object[]> Arguments = new()
    {
        [nameof(Lookups.DigestsDue)] = [Start.AddMinutes(10)],
        [nameof(Lookups.SpacesOfCommunity)] = [7],
        [nameof(Lookups.MembersWithIdentity)] = ["console:u42"],
        [nameof(Lookups.MembersOfCommunity)] = [7],
        [nameof(Lookups.CheckInsDue)] = [Start.AddMinutes(10)],
        [nameof(Lookups.OffersOfMember)] = [42],
        [nameof(Lookups.OffersOfCommunity)] = [7],
        [nameof(Lookups.StillOnDue)] = [Start.AddMinutes(10)],
        [nameof(Lookups.NeedWithNumber)] = [7, 12],
        [nameof(Lookups.NeedsOfCommunity)] = [7],
        [nameof(Lookups.OpenNeeds)] = [7],
        [nameof(Lookups.ActiveNeeds)] = [7],
        [nameof(Lookups.NeedsOfRequester)] = [42],
        [nameof(Lookups.NeedsOfHelper)] = [42],
        [nameof(Lookups.NeedsDoneSince)] = [7, Start.AddDays(-7)],
        [nameof(Lookups.RhythmDue)] = [Start.AddMinutes(10)],
        [nameof(Lookups.DueMessages)] = ["console", Start.AddMinutes(10)],
        [nameof(Lookups.PendingMessagesByDueTime)] = ["console"],
        [nameof(Lookups.PendingMessages)] = [],
        [nameof(Lookups.DeferredDue)] = [Start.AddMinutes(10)],
        [nameof(Lookups.HeldMessages)] = [],
        [nameof(Lookups.AsksForNeed)] = [42],
        [nameof(Lookups.MessagesMentioning)] = [42],
        [nameof(Lookups.FailedBefore)] = [Start.AddMinutes(10)],
        [nameof(Lookups.SentSince)] = ["console", Start.AddSeconds(19_990)],
        [nameof(Lookups.SentBefore)] = [Start.AddSeconds(10)],
    };

    private readonly TestDatabase _database = TestPostgres.CreateDatabase();

    public void Dispose() => _database.Dispose();

    [PostgreSqlFact]
    public void Every_lookup_is_checked_here() =>
        Assert.Empty(AllLookups().Keys.Except(Arguments.Keys));

    [PostgreSqlFact]
    public void Every_lookup_is_answered_from_an_index()
    {
        using var connection = Filled();
        var scans = new List<string>();
        foreach (var (name, lookup) in AllLookups())
        {
            var plan = Explain(connection, lookup.Select("id, doc", limit: 50), Arguments[name]);
            if (plan.Contains("Seq Scan", StringComparison.Ordinal))
            {
                scans.Add($"{name}:\n{plan}");
            }
        }

        Assert.True(scans.Count == 0, "Lookups that scan a whole table:\n" + string.Join("\n", scans));
    }

    /// <summary>What an instance reads when another wrote: the rows stamped since its last write, few among many old ones.</summary>
    [PostgreSqlFact]
    public void Rows_changed_since_an_instance_last_wrote_are_found_from_indexes()
    {
        using var connection = Filled();

        var plan = Explain(connection, ChangedRows.Statement, [1L, 3L, ChangedRows.MostRows + 1]);

        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }

    /// <summary>The schema created, the tables filled (every row stamped with clock 1) and analysed.</summary>
    private NpgsqlConnection Filled()
    {
        using (var store = PostgreSqlCareStore.Open(_database.ConnectionString))
        {
            // Creates the schema.
        }

        var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        Execute(connection, Rows);
        Execute(connection, "ANALYZE");
        return connection;
    }

    private static Dictionary<string, Lookup> AllLookups() =>
        typeof(Lookups).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(Lookup))
            .ToDictionary(field => field.Name, field => (Lookup)field.GetValue(null)!);

    private static string Explain(NpgsqlConnection connection, string sql, object[] arguments)
    {
        using var command = new NpgsqlCommand("EXPLAIN " + sql, connection);
        foreach (var argument in arguments)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = argument is DateTimeOffset moment ? moment.ToUniversalTime() : argument });
        }

        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("\n", lines);
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>20,000 rows a table (cursors and notes of deleted rows too): 200 communities of 100 members, most needs closed, few messages pending.</summary>
    private const string Rows =
        """
        INSERT INTO communities (next_digest_at, doc)
            SELECT timestamptz '2025-03-03 09:00Z' + i * interval '1 minute', '{}' FROM generate_series(1, 20000) i;
        INSERT INTO spaces (id, community_id, doc)
            SELECT 'console:s' || i, i % 200, '{}' FROM generate_series(1, 20000) i;
        INSERT INTO members (community_id, identity_keys, next_check_in_at, doc)
            SELECT i % 200, ARRAY['console:u' || i, 'telegram:' || i], timestamptz '2025-03-03 09:00Z' + i * interval '1 minute', '{}'
            FROM generate_series(1, 20000) i;
        INSERT INTO offers (community_id, member_id, still_on_check_at, doc)
            SELECT i % 200, i % 20000, CASE WHEN i % 10 = 0 THEN timestamptz '2025-03-03 09:00Z' + i * interval '1 minute' END, '{}'
            FROM generate_series(1, 20000) i;
        INSERT INTO needs (community_id, number, requester_id, helpers, state, next_rhythm_at, closed_at, doc)
            SELECT i % 200, i / 200, i % 20000, ARRAY[(i * 7) % 20000],
                   (ARRAY['Open', 'Claimed', 'Done', 'Done', 'Done', 'Done', 'Cancelled', 'Expired', 'Done', 'Done'])[i % 10 + 1],
                   CASE WHEN i % 10 < 2 THEN timestamptz '2025-03-03 09:00Z' + i * interval '1 minute' END,
                   CASE WHEN i % 10 >= 2 THEN timestamptz '2025-01-01 00:00Z' + i * interval '10 minutes' END, '{}'
            FROM generate_series(1, 20000) i;
        INSERT INTO outbox (status, platform, deliver_after, asks_for_need_id, member_ids, failed_at, doc)
            SELECT (ARRAY['Pending', 'Deferred', 'Held', 'Failed'])[CASE WHEN i % 20 = 0 THEN 1 WHEN i % 20 < 7 THEN 2 WHEN i % 20 < 13 THEN 3 ELSE 4 END],
                   (ARRAY['console', 'telegram', 'discord'])[i % 3 + 1],
                   timestamptz '2025-03-03 09:00Z' + i * interval '1 minute',
                   CASE WHEN i % 4 = 0 THEN i % 20000 END, ARRAY[i % 20000, (i * 3) % 20000],
                   CASE WHEN i % 20 >= 13 THEN timestamptz '2025-02-01 00:00Z' + i * interval '1 minute' END, '{}'
            FROM generate_series(1, 20000) i;
        INSERT INTO sends (platform, at, doc)
            SELECT (ARRAY['console', 'telegram', 'discord'])[i % 3 + 1], timestamptz '2025-03-03 09:00Z' + i * interval '1 second', '{}'
            FROM generate_series(1, 20000) i;
        INSERT INTO cursors (id, doc) SELECT 'cursor-' || i, '{}' FROM generate_series(1, 20000) i;
        INSERT INTO deleted_rows (table_name, id, clock) SELECT 'members', 'gone-' || i, 1 FROM generate_series(1, 20000) i;
        """;
}
