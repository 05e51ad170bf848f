using CareBot.Core.Storage;

namespace CareBot.Core.Engine;

/// <summary>
/// The store as the engine's turns use it: every write first drops the cached working sets if another CareBot instance
/// on the same database changed anything they hold since they were filled (<see cref="IStoreSession.ChangesElsewhere"/>),
/// so the turn reloads them inside its own transaction, where no other instance can change them before it commits.
/// One instance alone never reloads. Every write of the engine runs under its gate, as the cache must.
/// </summary>
internal sealed class FreshWorkingSets(ICareStore store, WorkingSetCache sets) : ICareStore
{
    private long _seen;

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
        if (session.ChangesElsewhere != _seen)
        {
            sets.Clear();
            _seen = session.ChangesElsewhere;
        }

        return work(session);
    };
}
