namespace CareBot.Composition;

/// <summary>
/// Lets the thread pool grow at once to a few dozen threads in a burst, instead of by one or two a second from one per
/// core. Some of CareBot's work holds its thread while it waits: LiteDB has no asynchronous API, so every store read on
/// the way to an answer (a member's limits, an autocomplete, what delivery should send next) blocks a pool thread while
/// the engine's turns write. On a 2-core machine the pool starts with two threads, and a burst of a thousand Discord
/// interactions stalled every acknowledgement behind them for one to two seconds, quiet machine or not; with the floor,
/// the same burst was acknowledged at a 99th percentile of about 320 ms (docs/benchmarks.md, Discord under load). Threads
/// below the floor are made only when work waits for one, so an idle bot holds no more than before. A higher minimum
/// set by the operator (DOTNET_ThreadPool_ForceMinWorkerThreads) is kept.
/// </summary>
internal static class ThreadPoolFloor
{
    public const int WorkerThreads = 64;

    public static void Raise()
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        if (workers < WorkerThreads)
        {
            ThreadPool.SetMinThreads(WorkerThreads, completionPorts);
        }
    }
}
