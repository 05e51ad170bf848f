namespace CareBot.Core.Storage;

/// <summary>
/// The engine's storage port. Work runs synchronously inside one transaction: a change and the outbox
/// messages it causes are committed together or not at all. Embedded databases bind a transaction to
/// its thread, which is why the work is a synchronous delegate.
/// </summary>
public interface ICareStore
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction; it commits when the work returns true and rolls back otherwise.
    /// Returns once the commit is on disk: whatever the caller does next can rely on it surviving a crash.
    /// </summary>
    void Write(Func<IStoreSession, bool> work);

    /// <summary>
    /// Like <see cref="Write"/>, but may return once the work is committed and before it is on disk, so that the next
    /// write need not wait for this one's flush: one flush then carries many commits (a group commit). Whoever acts on
    /// the change (answers a person, makes a call it recorded) first awaits <see cref="WhenDurableAsync"/>. A store whose
    /// every commit is durable when it returns has nothing to defer.
    /// </summary>
    void WriteDeferringFlush(Func<IStoreSession, bool> work) => Write(work);

    /// <summary>Completes once every write committed before the call is on disk; flushed by the store in its own time.</summary>
    Task WhenDurableAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Puts every write committed so far on disk before it returns, on the calling thread: for a writer with nothing
    /// else to do meanwhile, to whom handing the flush to another thread would only add the hand-over.
    /// </summary>
    void FlushCommitted()
    {
    }

    /// <summary>
    /// Notes on outbox message <paramref name="outboxId"/>, still pending, that its platform accepted it (see
    /// <see cref="Outbox.OutboxMessage.DeliveredAt"/>), durably and at once: a store shared by several instances does it
    /// outside the turns every other write waits for, as it touches nothing any instance caches. Alone, an ordinary write.
    /// </summary>
    Task RecordDeliveredAsync(int outboxId, IReadOnlyList<string> platformIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        Write(session =>
        {
            if (session.Outbox.GetForChange(outboxId) is not { Status: Outbox.OutboxStatus.Pending } message)
            {
                return false;
            }

            message.Delivered(at, platformIds);
            session.Outbox.Update(message);
            return true;
        });
        return Task.CompletedTask;
    }

    /// <summary>Runs read-only <paramref name="work"/> against a consistent view.</summary>
    T Read<T>(Func<IStoreSession, T> work);
}
