using System.Globalization;

namespace CareBot.Storage.PostgreSql;

/// <summary>
/// This process's view of the <c>write_clock</c> row (migration 2). Each write transaction takes the row's lock before
/// anything else, which makes writers from every instance take turns as LiteDB's single writer does, without a lock
/// held across the cluster between transactions; the value read under that lock says whether anyone else changed cached
/// data since this process last wrote or looked. Only used under the store's write lock.
/// </summary>
internal sealed class WriteClock
{
    /// <summary>
    /// Tables an engine keeps in memory (working sets, community aliases): a change to one moves the clock, and their
    /// rows carry the clock's value of their last change (migration 4).
    /// </summary>
    public static readonly HashSet<string> Cached =
        [Tables.Communities.Name, Tables.Spaces.Name, Tables.Members.Name, Tables.Offers.Name, Tables.Needs.Name, Tables.Cursors.Name];

    // Unknown until the first write: that one counts as a change elsewhere, harmless as nothing is cached yet.
    private long _last = -1;
    private long _changesElsewhere;

    /// <summary>How many times a write found the clock moved by another process; what sessions report. Read by any thread.</summary>
    public long ChangesElsewhere => Interlocked.Read(ref _changesElsewhere);

    /// <summary>
    /// Locks the row until the transaction ends and notes whether another process moved it meanwhile: rows stamped
    /// after <see cref="ClockSpan.From"/> up to <see cref="ClockSpan.To"/> were changed by others (none when they are equal).
    /// </summary>
    public ClockSpan Take(DocumentCommands documents)
    {
        using var command = documents.Command("SELECT value FROM write_clock FOR UPDATE");
        var value = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        var span = new ClockSpan(_last, value);
        if (value != _last)
        {
            Interlocked.Increment(ref _changesElsewhere);
        }

        _last = value;
        return span;
    }

    /// <summary>
    /// Moves the clock if the transaction changed cached data, just before it commits. Delivery's bookkeeping (outbox,
    /// sends) leaves it be, so one instance delivering does not make every other reload its working sets.
    /// </summary>
    /// <returns>The clock's value once the transaction commits.</returns>
    public long MoveIfCachedDataChanged(DocumentCommands documents, long taken)
    {
        if (!documents.Changed.Overlaps(Cached))
        {
            return taken;
        }

        using var command = documents.Command("UPDATE write_clock SET value = $1", taken + 1);
        command.ExecuteNonQuery();
        if ((taken + 1) % ChangedRows.KeptTicks == 0)
        {
            // Now and then, not every time: notes of deletions older than anyone asks about are dropped.
            using var prune = documents.Command("DELETE FROM deleted_rows WHERE clock <= $1", taken + 1 - ChangedRows.KeptTicks);
            prune.ExecuteNonQuery();
        }

        return taken + 1;
    }

    /// <summary>The transaction committed, with the clock at <paramref name="value"/>: this process's own change.</summary>
    public void Committed(long value) => _last = value;
}
