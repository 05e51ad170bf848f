using LiteDB;

namespace CareBot.Storage.LiteDb;

/// <summary>
/// Copies a CareBot database to a file of its own, safely while CareBot runs on it: the source is only ever read
/// (see <see cref="ConsistentCopy"/>), the copy is written beside the target under a temporary name, completed from
/// the log, read back document by document, and only then renamed into place. Any failure leaves the source as it
/// was, removes the partial copy, and is told as one line.
/// </summary>
public static class DatabaseBackup
{
    public static async Task<BackupOutcome> CopyAsync(string databasePath, string targetPath, CancellationToken cancellationToken)
    {
        var source = Path.GetFullPath(databasePath);
        var target = Path.GetFullPath(targetPath);
        if (SourceProblem(source, target) is { } refused)
        {
            return BackupOutcome.Failed(refused);
        }

        var partial = $"{target}.{Guid.NewGuid():N}.partial";
        try
        {
            byte[]? log;
            await using (var copy = new FileStream(partial, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                log = await CopyAsync(source, copy, target, cancellationToken);
                if (log is null)
                {
                    return BackupOutcome.Failed($"The database {source} kept changing while it was read; nothing was backed up. Try again in a moment.");
                }
            }

            var records = Complete(partial, log, source);
            File.Move(partial, target, overwrite: true);
            return new BackupOutcome(records, null);
        }
        catch (StorageUnavailableException e)
        {
            return BackupOutcome.Failed(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return BackupOutcome.Failed($"Can't write the backup {target}: {e.Message} The database was not changed; check that the folder exists, CareBot may write to it, and the disk has room.");
        }
        finally
        {
            TryDelete(partial);
        }
    }

    private static string? SourceProblem(string source, string target)
    {
        if (string.Equals(source, target, StringComparison.Ordinal))
        {
            return $"The backup must go to another file than the database itself ({source}).";
        }

        if (!File.Exists(source) || new FileInfo(source).Length == 0)
        {
            return $"There is no database at {source}, so nothing was backed up. Set Storage:Path or --db to the database file.";
        }

        try
        {
            DatabaseFile.EnsureNewOrLiteDb(source);
            return null;
        }
        catch (StorageUnavailableException e)
        {
            return e.Message;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DatabaseFile.Unreadable(source, e.Message);
        }
    }

    private static async Task<byte[]?> CopyAsync(string source, FileStream copy, string target, CancellationToken cancellationToken)
    {
        try
        {
            return await ConsistentCopy.TakeAsync(source, DatabaseStreams.LogPathOf(source), copy, cancellationToken);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StorageUnavailableException($"CareBot may not read the database {source}: {e.Message} Nothing was backed up ({target}).", e);
        }
    }

    /// <summary>Writes the log into the copy, so it stands alone, reads every document back, and makes it durable.</summary>
    private static long Complete(string partial, byte[] log, string source)
    {
        try
        {
            return ReadBack(partial, log, source);
        }
        catch (Exception e) when (e is LiteException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or InvalidCastException or OverflowException)
        {
            // A damaged page shows up as whichever of these LiteDB happens to trip over.
            throw new StorageUnavailableException(DatabaseFile.Unreadable(source, e.Message), e);
        }
    }

    private static long ReadBack(string partial, byte[] log, string source)
    {
        long records = 0;
        using (var data = new FileStream(partial, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        using (var logStream = new MemoryStream())
        {
            logStream.Write(log);
            using (var db = new LiteDatabase(data, new BsonMapper(), logStream))
            {
                db.Checkpoint();
                foreach (var name in db.GetCollectionNames())
                {
                    records += db.GetCollection(name).FindAll().LongCount();
                }
            }

            data.Flush(flushToDisk: true);
        }

        return records > 0 ? records : throw new StorageUnavailableException(DatabaseFile.Unreadable(source, "it holds no CareBot data"));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder refused the copy in the first place; there is nothing of it to remove.
        }
    }
}
