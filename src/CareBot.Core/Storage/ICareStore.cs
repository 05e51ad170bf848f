namespace CareBot.Core.Storage;

/// <summary>
/// The engine's storage port. Work runs synchronously inside one transaction: a change and the outbox
/// messages it causes are committed together or not at all. Embedded databases bind a transaction to
/// its thread, which is why the work is a synchronous delegate.
/// </summary>
public interface ICareStore
{
    /// <summary>Runs <paramref name="work"/> in a transaction; it commits when the work returns true and rolls back otherwise.</summary>
    void Write(Func<IStoreSession, bool> work);

    /// <summary>Runs read-only <paramref name="work"/> against a consistent view.</summary>
    T Read<T>(Func<IStoreSession, T> work);
}
