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
    private readonly LiteDbSession _session;

    private LiteDbCareStore(LiteDatabase db, FileStream? fileLock)
    {
        _db = db;
        _lock = fileLock;
        _session = new LiteDbSession(db);
    }

    /// <summary>Opens (or creates) the database file, with a clear message when it can't be used.</summary>
    public static LiteDbCareStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var fileLock = TakeLock(full);
        try
        {
            var db = new LiteDatabase(new ConnectionString { Filename = full, Connection = ConnectionType.Direct }, CareBotMapper.Create());
            return Prepare(db, fileLock, full);
        }
        catch (StorageUnavailableException)
        {
            fileLock.Dispose();
            throw;
        }
        catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            fileLock.Dispose();
            throw new StorageUnavailableException(
                $"Can't read the database {full}: it is not a CareBot database or it is damaged ({e.Message}). Point Storage:Path at another file, or restore a backup.", e);
        }
    }

    /// <summary>A database in memory (or on any stream), for tests and benchmarks.</summary>
    public static LiteDbCareStore Open(Stream stream) =>
        Prepare(new LiteDatabase(stream, CareBotMapper.Create()), null, "(stream)");

    public void Write(Func<IStoreSession, bool> work)
    {
        if (!_db.BeginTrans())
        {
            throw new InvalidOperationException("A store transaction is already open on this thread; writes must not nest.");
        }

        try
        {
            if (work(_session))
            {
                _db.Commit();
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
    }

    public T Read<T>(Func<IStoreSession, T> work) => work(_session);

    /// <summary>Writes everything to the data file, so a copy of it is complete.</summary>
    public void Checkpoint() => _db.Checkpoint();

    public void Dispose()
    {
        _db.Dispose();
        _lock?.Dispose();
    }

    private static LiteDbCareStore Prepare(LiteDatabase db, FileStream? fileLock, string name)
    {
        try
        {
            SchemaVersion.CheckAndStamp(db, name);
            Indexes.Ensure(db);
            return new LiteDbCareStore(db, fileLock);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    private static FileStream TakeLock(string databasePath)
    {
        var lockPath = databasePath + ".lock";
        try
        {
            var directory = System.IO.Path.GetDirectoryName(databasePath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException e)
        {
            throw new StorageUnavailableException(
                $"The database {databasePath} is in use by another CareBot (lock file {lockPath}). Stop the other one, or set Storage:Path to another file.", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StorageUnavailableException($"CareBot may not write beside {databasePath}: {e.Message} Check the folder's permissions or set Storage:Path.", e);
        }
    }
}
