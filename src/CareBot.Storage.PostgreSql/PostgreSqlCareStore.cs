using System.Data;
using CareBot.Core.Storage;
using CareBot.Storage.Documents;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CareBot.Storage.PostgreSql;

/// <summary>
/// The engine's store on a PostgreSQL database: one table per collection, each document as jsonb beside the columns
/// its lookups use. Each <see cref="Write"/> is one transaction on one pooled connection; the work runs synchronously
/// inside it, as the port requires. Writes are one at a time, as they are on LiteDB, which the engine was written for:
/// in this process by a lock, across processes sharing the database by the lock on the write clock's row, which each
/// write transaction takes first (<see cref="WriteClock"/>) and which also tells it whether another process wrote.
/// </summary>
public sealed partial class PostgreSqlCareStore : ICareStore, IDisposable
{
    /// <summary>The write open on this thread, so a read inside it sees its changes, as a LiteDB read does.</summary>
    [ThreadStatic]
    private static PostgreSqlSession? _open;

    private readonly NpgsqlDataSource _source;
    private readonly BsonMapper _mapper = CareBotMapper.Create();
    private readonly Lock _writing = new();
    private readonly WriteClock _clock = new();
    private readonly ILogger _logger;
    private int _disposed;

    private PostgreSqlCareStore(NpgsqlDataSource source, string description, ILogger logger)
    {
        _source = source;
        Description = description;
        _logger = logger;
    }

    /// <summary>Where the store is, without the password: for messages and logs.</summary>
    public string Description { get; }

    /// <summary>Connects, and creates or migrates the schema, with one clear line when the database can't be used.</summary>
    public static PostgreSqlCareStore Open(string connectionString, ILogger<PostgreSqlCareStore>? logger = null)
    {
        var description = ConnectionDescription.Of(connectionString);
        if (ConnectionDescription.Problem(connectionString) is { } problem)
        {
            throw new PostgreSqlUnavailableException($"Storage:ConnectionString can't be used: {problem}.");
        }

        var source = NpgsqlDataSource.Create(connectionString);
        try
        {
            using (var connection = source.OpenConnection())
            {
                SchemaMigrator.Run(connection, description);
            }

            return new PostgreSqlCareStore(source, description, (ILogger?)logger ?? NullLogger.Instance);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or PostgreSqlUnavailableException)
        {
            source.Dispose();
            throw e as PostgreSqlUnavailableException
                ?? new PostgreSqlUnavailableException($"PostgreSQL ({description}) can't be used: {e.Message}", e);
        }
    }

    public void Write(Func<IStoreSession, bool> work)
    {
        if (_open is not null)
        {
            throw new InvalidOperationException("A store transaction is already open on this thread; writes must not nest.");
        }

        lock (_writing)
        {
            using var connection = _source.OpenConnection();
            var documents = new DocumentCommands(connection, _mapper);
            var erase = false;
            using (var transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted))
            {
                // First, so that every read after it sees what the writer before committed (read committed).
                var span = _clock.Take(documents);
                var taken = span.To;
                var session = new PostgreSqlSession(this, documents, _clock.ChangesElsewhere, span);
                _open = session;
                try
                {
                    if (work(session))
                    {
                        var moved = _clock.MoveIfCachedDataChanged(documents, taken);
                        transaction.Commit();
                        _clock.Committed(moved);
                        erase = session.EraseTraces;
                    }
                    else
                    {
                        transaction.Rollback();
                    }
                }
                finally
                {
                    // Disposing a transaction that neither committed nor rolled back (the work threw) rolls it back.
                    _open = null;
                }
            }

            if (erase)
            {
                EraseTraces(documents);
            }
        }
    }

    /// <summary>A consistent snapshot (repeatable read) for the whole of the work, read-only so a stray write fails loudly.</summary>
    public T Read<T>(Func<IStoreSession, T> work)
    {
        if (_open is { } open && open.Owner == this)
        {
            return work(open);
        }

        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        var session = new PostgreSqlSession(this, new DocumentCommands(connection, _mapper), _clock.ChangesElsewhere);
        using (var readOnly = session.Documents.Command("SET TRANSACTION READ ONLY"))
        {
            readOnly.ExecuteNonQuery();
        }

        var result = work(session);
        transaction.Commit();
        return result;
    }

    /// <summary>
    /// What an erasure can mean on PostgreSQL. Its rows are deleted (or overwritten) when it commits, and no query finds
    /// them after; but the old row versions stay in the table's pages until VACUUM removes them. VACUUM cannot run inside
    /// the transaction, so it runs right after the commit, on the tables the erasure changed. It does not zero bytes: a
    /// removed row's bytes may stay in the page's free space until later rows overwrite them, and in the write-ahead log
    /// until its segments are recycled (and in any WAL archive, base backup or replica). VACUUM FULL would rewrite the
    /// tables but lock them meanwhile; that is left to the operator (docs/privacy.md).
    /// </summary>
    private void EraseTraces(DocumentCommands documents)
    {
        var tables = string.Join(", ", documents.Changed.Order(StringComparer.Ordinal));
        if (tables.Length == 0)
        {
            return;
        }

        try
        {
            using var vacuum = documents.Command($"VACUUM {tables}");
            vacuum.ExecuteNonQuery();
        }
        catch (PostgresException e)
        {
            // The erasure itself committed; only the prompt reclaiming failed (e.g. the user does not own the tables).
            VacuumFailed(_logger, e, tables);
        }
    }

    /// <summary>The stored documents of one collection, ids included, oldest first: what an export or a check reads.</summary>
    public IReadOnlyList<BsonDocument> Documents(string collection) =>
        ReadDocuments(documents => documents.AllDocuments(Tables.Named(collection)));

    internal T ReadDocuments<T>(Func<DocumentCommands, T> work) => Read(session => work(((PostgreSqlSession)session).Documents));

    internal void WriteDocuments(Func<DocumentCommands, bool> work) => Write(session => work(((PostgreSqlSession)session).Documents));

    /// <summary>Leadership among the instances sharing this database, over the store's connections.</summary>
    /// <param name="holder">This instance's name, unique among the instances.</param>
    /// <param name="lease">How long a lease lasts unless renewed: how long a dead leader's work waits for a new one.</param>
    public PostgreSqlLeadership Leadership(string holder, TimeSpan lease, TimeProvider time, ILogger<PostgreSqlLeadership>? logger = null) =>
        new(_source, holder, lease, time, (ILogger?)logger ?? NullLogger.Instance);

    /// <summary>Safe to call more than once: the host's container registers the store under two types and disposes it twice.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _source.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Erasure committed, but VACUUM of {Tables} failed; the deleted rows' space is reclaimed by autovacuum later")]
    private static partial void VacuumFailed(ILogger logger, Exception exception, string tables);
}
