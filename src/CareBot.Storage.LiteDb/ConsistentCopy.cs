namespace CareBot.Storage.LiteDb;

/// <summary>
/// Copies a database's data file while another process may be writing it, and hands back the log that goes with the
/// copy. LiteDB writes the data file only in a checkpoint, which copies pages from the log and then empties the
/// log; everything else is appended to the log. So a copy of the data file taken between two identical reads of a
/// whole-page log is consistent with that log: a page a checkpoint was writing meanwhile is in the log too, and
/// the log wins when the copy is opened. Otherwise the database moved while it was read, and the copy is taken again.
/// </summary>
internal static class ConsistentCopy
{
    private const int PageSize = 8192;
    private const int Attempts = 20;

    /// <summary>The log that belongs to the copy written to <paramref name="copy"/>; null when the database never held still.</summary>
    public static async Task<byte[]?> TakeAsync(string databasePath, string logPath, FileStream copy, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var before = await ReadAllAsync(logPath, cancellationToken);
            copy.SetLength(0);
            await CopyDataAsync(databasePath, copy, cancellationToken);
            var after = await ReadAllAsync(logPath, cancellationToken);
            if (before.Length % PageSize == 0 && before.AsSpan().SequenceEqual(after))
            {
                return before;
            }

            // A transaction or a checkpoint was under way; they are short, so a moment later it has usually ended.
            await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), cancellationToken);
        }

        return null;
    }

    private static async Task<byte[]> ReadAllAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = OpenShared(path);
            var bytes = new byte[stream.Length];
            var read = 0;
            while (read < bytes.Length && await stream.ReadAsync(bytes.AsMemory(read), cancellationToken) is var n and > 0)
            {
                read += n;
            }

            return bytes[..read];
        }
        catch (FileNotFoundException)
        {
            // No log: everything is in the data file.
            return [];
        }
    }

    private static async Task CopyDataAsync(string databasePath, FileStream copy, CancellationToken cancellationToken)
    {
        await using var source = OpenShared(databasePath);
        var buffer = new byte[64 * 1024];
        while (await ReadSourceAsync(source, buffer, databasePath, cancellationToken) is var n and > 0)
        {
            await copy.WriteAsync(buffer.AsMemory(0, n), cancellationToken);
        }

        await copy.FlushAsync(cancellationToken);
    }

    /// <summary>Reading the source and writing the copy fail for different reasons, told apart for the person.</summary>
    private static async Task<int> ReadSourceAsync(FileStream source, byte[] buffer, string databasePath, CancellationToken cancellationToken)
    {
        try
        {
            return await source.ReadAsync(buffer, cancellationToken);
        }
        catch (IOException e)
        {
            throw new StorageUnavailableException(DatabaseFile.Unreadable(databasePath, e.Message), e);
        }
    }

    /// <summary>Read-only, and sharing everything, so the running CareBot can go on writing and checkpointing.</summary>
    private static FileStream OpenShared(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0, FileOptions.SequentialScan);
}
