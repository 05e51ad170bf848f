using System.Globalization;
using CareBot.Core.Communities;
using CareBot.Core.Members;
using CareBot.Core.Needs;
using CareBot.Core.Offers;
using CareBot.Core.Storage;
using LiteDB;

namespace CareBot.Storage.PostgreSql;

/// <summary>
/// The cached rows other processes changed within a <see cref="ClockSpan"/>, read in one statement from the rows'
/// clock columns and the notes of deleted ones (migration 4). Each changed row is read as it is now, so a row changed
/// twice, or deleted and written again, is listed once, as it ended.
/// </summary>
internal static class ChangedRows
{
    /// <summary>
    /// How far back deletions are remembered, in moves of the clock. A process that last wrote longer ago than that
    /// cannot be told what was deleted, and is told <see cref="StoreChanges.Unknown"/>.
    /// </summary>
    public const long KeptTicks = 10_000;

    /// <summary>More rows than this and patching stops paying: the reader is told to reload instead.</summary>
    public const int MostRows = 2_000;

    internal static readonly string Statement = string.Join(
        "\nUNION ALL ",
        Tables.All.Where(t => WriteClock.Cached.Contains(t.Name)).Select(t =>
            $"SELECT '{t.Name}', id::text, {(t == Tables.Cursors ? "NULL::jsonb" : "doc")} FROM {t.Name} WHERE clock > $1 AND clock <= $2")
            .Append("SELECT table_name, id, NULL::jsonb FROM deleted_rows WHERE clock > $1 AND clock <= $2"))
        + "\nLIMIT $3";

    public static StoreChanges Since(DocumentCommands documents, ClockSpan span)
    {
        if (!span.Moved)
        {
            return StoreChanges.None;
        }

        if (span.From < 0 || span.To - span.From >= KeptTicks)
        {
            return StoreChanges.Unknown;
        }

        var communities = new Dictionary<int, Community?>();
        var spaces = new Dictionary<string, Space?>(StringComparer.Ordinal);
        var members = new Dictionary<int, Member?>();
        var offers = new Dictionary<int, Offer?>();
        var needs = new Dictionary<int, Need?>();
        var cursors = new HashSet<string>(StringComparer.Ordinal);
        var rows = 0;
        using var command = documents.Command(Statement, span.From, span.To, MostRows + 1);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (++rows > MostRows)
            {
                return StoreChanges.Unknown;
            }

            var table = reader.GetString(0);
            var id = reader.GetString(1);
            var document = reader.IsDBNull(2) ? null : DocumentJson.Read(reader.GetString(2));
            if (table == Tables.Cursors.Name)
            {
                cursors.Add(id);
            }
            else if (table == Tables.Spaces.Name)
            {
                Note(spaces, id, documents.ToObject<Space>(document, id));
            }
            else
            {
                var number = int.Parse(id, CultureInfo.InvariantCulture);
                _ = table switch
                {
                    _ when table == Tables.Communities.Name => Note(communities, number, documents.ToObject<Community>(document, number)),
                    _ when table == Tables.Members.Name => Note(members, number, documents.ToObject<Member>(document, number)),
                    _ when table == Tables.Offers.Name => Note(offers, number, documents.ToObject<Offer>(document, number)),
                    _ when table == Tables.Needs.Name => Note(needs, number, documents.ToObject<Need>(document, number)),
                    _ => false,
                };
            }
        }

        return new StoreChanges(communities, spaces, members, offers, needs, cursors);
    }

    /// <summary>A row as it is now wins over a note that it was deleted (it was deleted, then written again).</summary>
    private static bool Note<TKey, T>(Dictionary<TKey, T?> changed, TKey id, T? row)
        where TKey : notnull
        where T : class
    {
        if (row is not null || !changed.ContainsKey(id))
        {
            changed[id] = row;
        }

        return true;
    }
}
