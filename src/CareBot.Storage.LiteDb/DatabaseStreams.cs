namespace CareBot.Storage.LiteDb;

/// <summary>
/// The data file and its write-ahead log, opened by CareBot rather than by LiteDB so that the log's flushes
/// can be made once for many transactions (see <see cref="DurableFileStream"/>). The log keeps the name LiteDB
/// gives it (<c>carebot-log.db</c> beside <c>carebot.db</c>), so files from either way of opening agree,
/// and it is removed on closing when LiteDB left it empty, as LiteDB does.
/// </summary>
internal sealed class DatabaseStreams : IDisposable
{
    private readonly string _logPath;

    private DatabaseStreams(DurableFileStream data, DurableFileStream log, string logPath)
    {
        Data = data;
        Log = log;
        _logPath = logPath;
    }

    public DurableFileStream Data { get; }

    public DurableFileStream Log { get; }

    /// <summary>Where LiteDB keeps the log of a data file: <c>carebot-log.db</c> beside <c>carebot.db</c>.</summary>
    public static string LogPathOf(string databasePath) => Path.Combine(
        Path.GetDirectoryName(databasePath) ?? "",
        Path.GetFileNameWithoutExtension(databasePath) + "-log" + Path.GetExtension(databasePath));

    public static DatabaseStreams Open(string databasePath)
    {
        var logPath = LogPathOf(databasePath);
        var data = DurableFileStream.Open(databasePath);
        try
        {
            return new DatabaseStreams(data, DurableFileStream.OpenFlushedWhenAsked(logPath), logPath);
        }
        catch
        {
            data.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        var empty = Log.Length == 0;
        Data.Dispose();
        Log.Dispose();
        if (empty)
        {
            File.Delete(_logPath);
        }
    }
}
