namespace CareBot.Storage.LiteDb;

/// <summary>
/// A database file as LiteDB sees it: every flush LiteDB asks for reaches the disk (fsync), as with the
/// files LiteDB opens itself, except that flushes of the log can be held while a transaction runs and made
/// once when it ends. LiteDB 5 flushes its log after each page it appends, so one command cost dozens of
/// fsyncs on the engine's thread: most of the time it took to post a need. A flush with nothing written since
/// the last one costs nothing, so the store can always flush at the end of a commit without doubling LiteDB's own.
/// </summary>
internal sealed class DurableFileStream : FileStream
{
    private int _holding;
    private int _held;
    private int _written;

    private DurableFileStream(string path)
        : base(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0, FileOptions.RandomAccess)
    {
    }

    public static DurableFileStream Open(string path) => new(path);

    /// <summary>Until <see cref="ReleaseFlushes"/>, flushes are remembered instead of made.</summary>
    public void HoldFlushes() => Interlocked.Exchange(ref _holding, 1);

    /// <summary>
    /// Makes the one flush to disk that stands for every flush asked for while held; after a commit, makes it in any
    /// case, as LiteDB's own writer may ask for it only a moment later.
    /// </summary>
    public void ReleaseFlushes(bool committed)
    {
        Interlocked.Exchange(ref _holding, 0);
        if ((Interlocked.Exchange(ref _held, 0) == 1) | committed)
        {
            FlushWritten();
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

        FlushWritten();
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        base.Write(buffer, offset, count);
        Interlocked.Exchange(ref _written, 1);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        base.Write(buffer);
        Interlocked.Exchange(ref _written, 1);
    }

    public override void SetLength(long value)
    {
        base.SetLength(value);
        Interlocked.Exchange(ref _written, 1);
    }

    /// <summary>An fsync, if anything was written since the last one began (a write during it sets the mark again).</summary>
    private void FlushWritten()
    {
        if (Interlocked.Exchange(ref _written, 0) == 1)
        {
            base.Flush(flushToDisk: true);
        }
    }
}
