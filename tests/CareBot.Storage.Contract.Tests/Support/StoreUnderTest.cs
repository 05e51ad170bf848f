using CareBot.Core.Storage;

namespace CareBot.Storage.Contract.Tests.Support;

/// <summary>The data of one test on one kind of store: opened, closed and opened again (a restart), removed at the end.</summary>
internal abstract class StoreUnderTest : IDisposable
{
    public abstract ICareStore Open();

    public abstract void Dispose();
}
