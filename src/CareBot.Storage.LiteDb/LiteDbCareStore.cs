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
    private readonly GroupCommit? _durability;
    private long _commits;
    private int _disposed;

    // LiteDB's own threshold (1,000 pages of 8 KB), which the store takes over from it for files (see CheckpointWhenTheLogIsLong).
    private const long CheckpointAtBytes = 1000 * 8192;

    private LiteDbCareStore(LiteDatabase db, FileStream? fileLock, DatabaseStreams? files, LogWriterBarrier written)
    {
        _db = db;
        _lock = fileLock;
        _files = files;
        _written = written;
        _session = new LiteDbSession(db);
        if (files is not null)
        {
            _durability = new GroupCommit(FlushEveryCommit);
        }
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
    /// surviving a kill. One write at a time.
    /// </summary>
    public void Write(Func<IStoreSession, bool> work)
    {
        lock (_writing)
        {
            if (!Commit(work))
            {
                return;
            }

            if (_durability is null)
            {
                // In memory there is no disk to wait for, only LiteDB's writer, as before any flush was grouped.
                _written.Wait();
                return;
            }
        }

        FlushCommitted();
    }

    /// <summary>
    /// Commits without waiting for the disk: LiteDB's writer puts the pages in the log a moment later, and the next
    /// flush (<see cref="WhenDurableAsync"/>) makes them durable together with every commit before and since.
    /// </summary>
    public void WriteDeferringFlush(Func<IStoreSession, bool> work)
    {
        if (_durability is null)
        {
            Write(work);
            return;
        }

        lock (_writing)
        {
            Commit(work);
        }
    }

    public Task WhenDurableAsync(CancellationToken cancellationToken) =>
        _durability is null ? Task.CompletedTask : _durability.WhenDurableAsync(Interlocked.Read(ref _commits)).WaitAsync(cancellationToken);

    /// <summary>Every commit so far into the log and onto the disk, on this thread; whoever waits for the group's flush hears too.</summary>
    public void FlushCommitted()
    {
        if (_durability is not null)
        {
            _durability.Flushed(FlushEveryCommit());
        }
    }

    /// <summary>Runs the work in a transaction, under the write lock; true when it committed.</summary>
    private bool Commit(Func<IStoreSession, bool> work)
    {
        if (!_db.BeginTrans())
        {
            throw new InvalidOperationException("A store transaction is already open on this thread; writes must not nest.");
        }

        LiteDbSession.TakeEraseTraces();
        try
        {
            if (!work(_session))
            {
                _db.Rollback();
                return false;
            }

            _db.Commit();
        }
        catch
        {
            _db.Rollback();
            throw;
        }

        Interlocked.Increment(ref _commits);
        if (LiteDbSession.TakeEraseTraces())
        {
            EraseTraces();
        }

        return true;
    }

    /// <summary>
    /// The group commit's flush: every page committed so far into the log, then one fsync for all of them. Only the
    /// wait for LiteDB's writer holds the write lock (LiteDB requires that nothing commits during it); the fsync does
    /// not, so the engine goes on committing while the disk works.
    /// </summary>
    private long FlushEveryCommit()
    {
        long commits;
        lock (_writing)
        {
            if (Volatile.Read(ref _disposed) == 1)
            {
                // Closing flushed every commit there was, under this lock: nothing is left to make durable.
                return _commits;
            }

            _written.Wait();
            commits = _commits;
        }

        try
        {
            _files!.Log.FlushToDisk();
            CheckpointWhenTheLogIsLong();
        }
        catch (ObjectDisposedException) when (Volatile.Read(ref _disposed) == 1)
        {
            // The store closed meanwhile, and closing flushed every commit there was.
        }

        return commits;
    }

    /// <summary>
    /// LiteDB copies its log into the data file once the log passes 1,000 pages, by itself, in the middle of a commit.
    /// With flushes grouped, the log's newest pages may not be on disk then, and a power cut during that copy would leave
    /// the data file holding pages the log no longer vouches for. So the store checkpoints instead, at the same size,
    /// right after a flush and before anything else commits.
    /// </summary>
    private void CheckpointWhenTheLogIsLong()
    {
        if (_files!.Log.Length < CheckpointAtBytes)
        {
            return;
        }

        lock (_writing)
        {
            if (Volatile.Read(ref _disposed) == 1)
            {
                return;
            }

            _written.Wait();
            _files.Log.FlushToDisk();
            _db.Checkpoint();
            _files.Log.FlushToDisk();
        }
    }

    /// <summary>How many times the log has been flushed to disk: fewer than commits when commits are grouped.</summary>
    internal long LogFlushes => _files?.Log.Flushes ?? 0;

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
    private void EraseTraces()
    {
        // The log goes to disk before LiteDB copies it into the data file (see CheckpointWhenTheLogIsLong), and its
        // emptying after, so no power cut brings the old copies back.
        _written.Wait();
        _files?.Log.FlushToDisk();
        _db.Checkpoint();
        _files?.Log.FlushToDisk();
    }

    /// <summary>Safe to call more than once: a container that registers the store under two types disposes it twice.</summary>
    public void Dispose()
    {
        long commits;
        lock (_writing)
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1)
            {
                return;
            }

            // Whatever was committed and is still waiting for the group's flush is flushed here, and its waiters hear so.
            _written.Wait();
            _files?.Log.FlushToDisk();
            commits = _commits;
        }

        _durability?.Flushed(commits);

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
            if (files is not null)
            {
                // The store checkpoints a file's log itself, after a flush (see CheckpointWhenTheLogIsLong).
                db.CheckpointSize = 0;
                files.Log.FlushToDisk();
            }

            return new LiteDbCareStore(db, fileLock, files, LogWriterBarrier.For(db));
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }
}
