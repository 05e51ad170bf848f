namespace CareBot.Storage.LiteDb;

/// <summary>
/// Checks on the database file before LiteDB is let near it: a lock file so only one CareBot uses it, and
/// a look at its header, because LiteDB silently overwrites a small file it doesn't recognise (a
/// mistyped <c>--db notes.txt</c> would be lost).
/// </summary>
internal static class DatabaseFile
{
    private const int PageSize = 8192;
    private const int HeaderInfoOffset = 32;
    private static readonly byte[] HeaderInfo = "** This is a LiteDB file **"u8.ToArray();

    /// <summary>Takes the lock beside the database (creating its folder); released, and deleted, when disposed.</summary>
    public static FileStream Lock(string databasePath)
    {
        var lockPath = databasePath + ".lock";
        try
        {
            var folder = Path.GetDirectoryName(databasePath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new StorageUnavailableException($"Can't create the folder for the database {databasePath}: {OneLine(e.Message)} Choose a file in a folder CareBot can write to with --db PATH (or Storage:Path).", e);
        }
        catch (IOException e) when (e is not FileNotFoundException and not PathTooLongException && File.Exists(lockPath))
        {
            throw new StorageUnavailableException(
                $"The database {databasePath} is in use by another CareBot (lock file {lockPath}). Stop the other one, or give this one another file with --db PATH (or Storage:Path).", e);
        }
        catch (IOException e)
        {
            throw new StorageUnavailableException($"Can't use the database {databasePath}: {OneLine(e.Message)} Choose a file in a folder CareBot can write to with --db PATH (or Storage:Path).", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StorageUnavailableException($"CareBot may not write beside {databasePath}: {OneLine(e.Message)} Check the folder's permissions, or choose another file with --db PATH (or Storage:Path).", e);
        }
    }

    /// <summary>Refuses a file that exists, has content, and is not a LiteDB data file.</summary>
    public static void EnsureNewOrLiteDb(string databasePath)
    {
        var file = new FileInfo(databasePath);
        if (!file.Exists || file.Length == 0)
        {
            return;
        }

        if (file.Length < PageSize || !StartsWithHeader(databasePath))
        {
            throw new StorageUnavailableException(Unreadable(databasePath, "it does not start with a LiteDB header"));
        }
    }

    public static string Unreadable(string databasePath, string why) =>
        $"Can't read the database {databasePath}: it is not a CareBot database or it is damaged ({OneLine(why)}). " +
        "Choose another file with --db PATH (or Storage:Path), or restore a backup.";

    /// <summary>Messages end up on one line of a terminal or a log; some exception messages span several.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static bool StartsWithHeader(string databasePath)
    {
        var header = new byte[HeaderInfoOffset + HeaderInfo.Length];
        using var stream = new FileStream(databasePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.ReadExactly(header);
        return header.AsSpan(HeaderInfoOffset).SequenceEqual(HeaderInfo);
    }
}
