using CareBot.Core.Storage;

namespace CareBot.Core.Engine;

/// <summary>
/// The store as the engine's turns use it: every write first brings the cached working sets up to date with what
/// another CareBot instance on the same database changed since this one last wrote (<see cref="IStoreSession.ChangedElsewhere"/>),
/// patching the rows that changed inside the turn's own transaction, where no other instance can change them before it
/// commits. Only when the store cannot say what changed, or a write of this process outside the engine took the news
/// first, are the sets dropped and reloaded. One instance alone never patches. Every write of the engine runs under its
/// gate, as the cache must.
/// </summary>
internal sealed class FreshWorkingSets(ICareStore store, WorkingSetCache sets) : ICareStore
{
    private long _seen;
    private long _patched;
    private long _dropped;

    /// <summary>Writes that found others' changes and patched the loaded working sets with them; read by any thread.</summary>
    public long Patched => Interlocked.Read(ref _patched);

    /// <summary>Writes that found others' changes and dropped every loaded working set instead (the store could not say what changed).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public void Write(Func<IStoreSession, bool> work) => store.Write(Fresh(work));

    public void WriteDeferringFlush(Func<IStoreSession, bool> work) => store.WriteDeferringFlush(Fresh(work));

    public Task WhenDurableAsync(CancellationToken cancellationToken) => store.WhenDurableAsync(cancellationToken);

    public void FlushCommitted() => store.FlushCommitted();

    public T Read<T>(Func<IStoreSession, T> work) => store.Read(work);

    // Touches the outbox alone, which no working set holds.
    public Task RecordDeliveredAsync(int outboxId, IReadOnlyList<string> platformIds, DateTimeOffset at, CancellationToken cancellationToken) =>
        store.RecordDeliveredAsync(outboxId, platformIds, at, cancellationToken);

    private Func<IStoreSession, bool> Fresh(Func<IStoreSession, bool> work) => session =>
    {
        var counted = session.ChangesElsewhere;
        if (counted != _seen)
        {
            // Set first: a patch that fails half-way leaves the sets cleared, not believed current.
            var missed = counted != _seen + 1;
            _seen = counted;
            try
            {
                var changes = session.ChangedElsewhere();
                changes = missed || changes == StoreChanges.None ? StoreChanges.Unknown : changes;
                if (sets.Loaded.Count > 0)
                {
                    Interlocked.Increment(ref changes.IsUnknown ? ref _dropped : ref _patched);
                }

                sets.Refresh(changes);
            }
            catch
            {
                sets.Clear();
                throw;
            }
        }

        return work(session);
    };
}
