namespace CareBot.Storage.LiteDb;

/// <summary>
/// A database file as LiteDB sees it. The data file's flushes all reach the disk (fsync), as with the files LiteDB
/// opens itself. The log's are made only when the store asks (<see cref="FlushToDisk"/>): LiteDB 5 flushes its log after
/// each page it appends, so one command cost dozens of fsyncs, and the store flushes once for many commits instead
/// (see <see cref="GroupCommit"/>). A flush with nothing written since the last one costs nothing.
/// </summary>
internal sealed class DurableFileStream : FileStream
{
    private readonly bool _flushesWhenAsked;
    private int _written;
    private long _flushes;

    private DurableFileStream(string path, bool flushesWhenAsked)
        : base(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0, FileOptions.RandomAccess)
    {
        _flushesWhenAsked = flushesWhenAsked;
    }

    /// <summary>A file every flush of which reaches the disk.</summary>
    public static DurableFileStream Open(string path) => new(path, flushesWhenAsked: false);

    /// <summary>A file LiteDB's flushes leave alone: it reaches the disk when <see cref="FlushToDisk"/> is called.</summary>
    public static DurableFileStream OpenFlushedWhenAsked(string path) => new(path, flushesWhenAsked: true);

    /// <summary>How many fsyncs this file has had: what grouping commits saves is counted in these.</summary>
    public long Flushes => Interlocked.Read(ref _flushes);

    /// <summary>An fsync, if anything was written since the last one began (a write during it sets the mark again).</summary>
    public void FlushToDisk()
    {
        if (Interlocked.Exchange(ref _written, 0) == 1)
        {
            base.Flush(flushToDisk: true);
            Interlocked.Increment(ref _flushes);
        }
    }

    /// <summary>LiteDB flushes streams it did not open with <c>Flush()</c>; each one is meant to reach the disk.</summary>
    public override void Flush(bool flushToDisk)
    {
        if (!_flushesWhenAsked)
        {
            FlushToDisk();
        }
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
}
