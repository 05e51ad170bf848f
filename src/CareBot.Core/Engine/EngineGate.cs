namespace CareBot.Core.Engine;

/// <summary>
/// One writer at a time. Commands are short and the store is embedded, so serialising them is both the
/// simplest correct answer to races (two people claiming the last slot) and fast enough.
/// </summary>
internal sealed class EngineGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken);
        try
        {
            return work();
        }
        finally
        {
            _semaphore.Release();
        }
    }

    public void Dispose() => _semaphore.Dispose();
}
