using CareBot.Core.Storage;
using CareBot.Storage.Contract.Tests.Support;

namespace CareBot.Storage.Contract.Tests;

/// <summary>
/// What every contract starts from: an empty store of the kind the concrete subclass names, which a test may restart
/// (close and open again on the same data), closed and removed when the test ends.
/// </summary>
public abstract class StoreContract : IDisposable
{
    private readonly StoreUnderTest _storage;

    private protected StoreContract(StoreUnderTest storage)
    {
        _storage = storage;
        Store = storage.Open();
    }

    protected ICareStore Store { get; private set; }

    /// <summary>Closes the store and opens it again on the same data, as a restarted CareBot would.</summary>
    protected ICareStore Restart()
    {
        (Store as IDisposable)?.Dispose();
        Store = _storage.Open();
        return Store;
    }

    protected void Write(Action<IStoreSession> work) => Store.Write(session =>
    {
        work(session);
        return true;
    });

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            (Store as IDisposable)?.Dispose();
            _storage.Dispose();
        }
    }
}
