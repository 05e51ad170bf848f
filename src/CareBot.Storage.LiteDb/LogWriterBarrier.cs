using System.Reflection;
using LiteDB;

namespace CareBot.Storage.LiteDb;

/// <summary>
/// Waits until LiteDB has written what it committed. LiteDB 5 returns from <c>Commit</c> with the transaction's pages
/// still in a queue that a thread of its own writes to the log a moment later. A process killed in that moment loses a
/// transaction CareBot has already acted on: it told Telegram the update was handled (the next poll confirms it), or
/// made the call it had just recorded as attempted. LiteDB waits for that queue itself before a checkpoint
/// (<c>DiskWriterQueue.Wait</c>) but offers no public way to, so this reaches it by reflection, found once when the
/// database opens: a LiteDB upgrade that moves it stops CareBot at start-up instead of losing updates quietly.
/// Not thread-safe: the store calls it from one write at a time.
/// </summary>
internal sealed class LogWriterBarrier
{
    private const BindingFlags AnyInstance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private readonly object _lazyWriter;
    private readonly PropertyInfo _created;
    private readonly PropertyInfo _writer;
    private readonly MethodInfo _waitMethod;
    private Action? _wait;

    private LogWriterBarrier(object lazyWriter, PropertyInfo created, PropertyInfo writer, MethodInfo waitMethod)
    {
        _lazyWriter = lazyWriter;
        _created = created;
        _writer = writer;
        _waitMethod = waitMethod;
    }

    /// <exception cref="InvalidOperationException">This LiteDB keeps its log writer somewhere else.</exception>
    public static LogWriterBarrier For(LiteDatabase db)
    {
        var engine = Field(db, "_engine");
        var disk = Field(engine, "_disk");
        var lazyWriter = disk.GetType().GetProperty("Queue", AnyInstance)?.GetValue(disk) ?? throw Moved("DiskService.Queue");
        var created = lazyWriter.GetType().GetProperty("IsValueCreated");
        var writer = lazyWriter.GetType().GetProperty("Value");
        var wait = writer?.PropertyType.GetMethod("Wait", AnyInstance, Type.EmptyTypes);
        return created is null || writer is null || wait is null
            ? throw Moved("DiskWriterQueue.Wait")
            : new LogWriterBarrier(lazyWriter, created, writer, wait);
    }

    /// <summary>Returns once every page committed so far is in the log file (written, not necessarily flushed to disk).</summary>
    public void Wait()
    {
        if (_wait is null)
        {
            // LiteDB starts its writer with the first page it writes; until then nothing waits to be written.
            if (!(bool)_created.GetValue(_lazyWriter)!)
            {
                return;
            }

            _wait = _waitMethod.CreateDelegate<Action>(_writer.GetValue(_lazyWriter));
        }

        _wait();
    }

    private static object Field(object owner, string name) =>
        owner.GetType().GetField(name, AnyInstance)?.GetValue(owner) ?? throw Moved($"{owner.GetType().Name}.{name}");

    private static InvalidOperationException Moved(string what) =>
        new($"This version of LiteDB has no {what}, which CareBot waits on so that a commit is in the file before it acts on it.");
}
