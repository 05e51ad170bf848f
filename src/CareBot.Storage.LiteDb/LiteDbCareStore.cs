using CareBot.Core.Storage;
using LiteDB;

namespace CareBot.Storage.LiteDb;

/// <summary>
/// The engine's store on one LiteDB file, one <see cref="LiteDatabase"/> per process. A lock file beside
/// the database keeps a second CareBot from opening the same file and corrupting it.
/// </summary>
public sealed class LiteDbCareStore : ICareStore, IDisposable
{
    private readonly LiteDatabase _db;
    private readonly FileStream? _lock;
    private readonly DatabaseStreams? _files;
    private readonly LiteDbSession _session;
    private readonly LogWriterBarrier _written;
    private readonly Lock _writing = new();
    private int _disposed;

    private LiteDbCareStore(LiteDatabase db, FileStream? fileLock, DatabaseStreams? files, LogWriterBarrier written)
    {
        _db = db;
        _lock = fileLock;
        _files = files;
        _written = written;
        _session = new LiteDbSession(db);
    }

    /// <summary>Opens (or creates) the database file, with a clear message when it can't be used.</summary>
    public static LiteDbCareStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var fileLock = DatabaseFile.Lock(full);
        DatabaseStreams? files = null;
        try
        {
            DatabaseFile.EnsureNewOrLiteDb(full);
            files = DatabaseStreams.Open(full);
            var db = new LiteDatabase(files.Data, CareBotMapper.Create(), files.Log);
            return Prepare(db, fileLock, full, files);
        }
        catch (StorageUnavailableException)
        {
            files?.Dispose();
            fileLock.Dispose();
            throw;
        }
        catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            files?.Dispose();
            fileLock.Dispose();
            throw new StorageUnavailableException(DatabaseFile.Unreadable(full, e.Message), e);
        }
    }

    /// <summary>A database in memory (or on any stream), for tests and benchmarks.</summary>
    public static LiteDbCareStore Open(Stream stream) =>
        Prepare(new LiteDatabase(stream, CareBotMapper.Create()), null, "(stream)", null);

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and, when it commits, returns only once the commit is in the
    /// files: whatever the caller does next (confirm an update to Telegram, make the call it recorded) can rely on it
    /// surviving a kill. One write at a time, so waiting for LiteDB's writer waits for this commit and no other.
    /// </summary>
    public void Write(Func<IStoreSession, bool> work)
    {
        lock (_writing)
        {
            WriteDurably(work);
        }
    }

    private void WriteDurably(Func<IStoreSession, bool> work)
    {
        if (!_db.BeginTrans())
        {
            throw new InvalidOperationException("A store transaction is already open on this thread; writes must not nest.");
        }

        LiteDbSession.TakeEraseTraces();
        var committed = false;
        _files?.Log.HoldFlushes();
        try
        {
            if (work(_session))
            {
                _db.Commit();
                _written.Wait();
                committed = true;
            }
            else
            {
                _db.Rollback();
            }
        }
        catch
        {
            _db.Rollback();
            throw;
        }
        finally
        {
            // One fsync of the log per transaction, after its last page, instead of one per page.
            _files?.Log.ReleaseFlushes(committed);
        }

        if (LiteDbSession.TakeEraseTraces() && committed)
        {
            EraseTraces();
        }
    }

    public T Read<T>(Func<IStoreSession, T> work) => work(_session);

    /// <summary>The stored documents of one collection, as they are, oldest first: what a move to another store copies.</summary>
    public IReadOnlyList<BsonDocument> Documents(string collection) => [.. _db.GetCollection(collection).Query().OrderBy("_id").ToEnumerable()];

    /// <summary>Writes everything to the data file, so a copy of it is complete.</summary>
    public void Checkpoint() => _db.Checkpoint();

    /// <summary>
    /// Leaves no copy of deleted data in the files. LiteDB 5 zeroes a document's bytes when it deletes or shrinks it
    /// (and an index node's, and a freed page's), but only in the newest version of the page, which goes to the log;
    /// older versions stay in the log until a checkpoint writes the newest into the data file and empties the log.
    /// That checkpoint copies at most the log (LiteDB checkpoints by itself at 1,000 pages, 8 MB), under LiteDB's
    /// exclusive lock, so readers wait for it and nothing is rebuilt. (LiteDB's Rebuild() would not do: it does nothing
    /// on a database opened over streams, as this one is, and keeps the whole old file beside the new one as -backup.)
    /// </summary>
    private void EraseTraces() => _db.Checkpoint();

    /// <summary>Safe to call more than once: a container that registers the store under two types disposes it twice.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _db.Dispose();
        _files?.Dispose();
        _lock?.Dispose();
    }

    private static LiteDbCareStore Prepare(LiteDatabase db, FileStream? fileLock, string name, DatabaseStreams? files)
    {
        try
        {
            SchemaVersion.CheckAndStamp(db, name);
            Indexes.Ensure(db);

            // A process that stopped between an erasure's commit and its checkpoint left copies in the log.
            db.Checkpoint();
            return new LiteDbCareStore(db, fileLock, files, LogWriterBarrier.For(db));
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }
}
