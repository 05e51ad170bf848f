namespace CareBot.Storage.LiteDb;

/// <summary>
/// A database file as LiteDB sees it: every flush LiteDB asks for reaches the disk (fsync), as with the
/// files LiteDB opens itself, except that flushes of the log can be held while a transaction runs and made
/// once when it ends. LiteDB 5 flushes its log after each page it appends, so one command cost dozens of
/// fsyncs on the engine's thread: most of the time it took to post a need.
/// </summary>
internal sealed class DurableFileStream : FileStream
{
    private int _holding;
    private int _held;

    private DurableFileStream(string path)
        : base(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0, FileOptions.RandomAccess)
    {
    }

    public static DurableFileStream Open(string path) => new(path);

    /// <summary>Until <see cref="ReleaseFlushes"/>, flushes are remembered instead of made.</summary>
    public void HoldFlushes() => Interlocked.Exchange(ref _holding, 1);

    /// <summary>Makes the one flush to disk that stands for every flush asked for while held.</summary>
    public void ReleaseFlushes()
    {
        Interlocked.Exchange(ref _holding, 0);
        if (Interlocked.Exchange(ref _held, 0) == 1)
        {
            base.Flush(flushToDisk: true);
        }
    }

    /// <summary>LiteDB flushes streams it did not open with <c>Flush()</c>; each one is meant to reach the disk.</summary>
    public override void Flush(bool flushToDisk)
    {
        if (Volatile.Read(ref _holding) == 1)
        {
            Interlocked.Exchange(ref _held, 1);

            // LiteDB's writer may run on another thread: if the hold ended meanwhile, no release will flush this.
            if (Volatile.Read(ref _holding) == 1)
            {
                return;
            }
        }

        base.Flush(flushToDisk: true);
    }
}
