using CareBot.ConsoleAdapter.Tests.Support;

namespace CareBot.ConsoleAdapter.Tests;

/// <summary>
/// A built host lets the thread pool grow at once in a burst: store reads block their threads, and on a small machine a
/// pool that adds a thread or two a second stalled a thousand Discord acknowledgements for seconds.
/// </summary>
public sealed class ThreadPoolFloorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_built_host_lets_the_thread_pool_grow_at_once_to_dozens_of_threads()
    {
        using var harness = ConsoleHarness.Open(Path.Combine(_folder.Path, "carebot.db"));

        ThreadPool.GetMinThreads(out var workers, out _);

        Assert.True(workers >= 64, $"{workers} worker threads at once");
    }
}
