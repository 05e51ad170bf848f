using System.Globalization;
using CareBot.Core.Engine;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Core.Tests.Engine;

/// <summary>
/// Where the engine's CPU work runs: reading text on threads of its own, and turns on the gate's thread, both below the
/// priority of the network work (acknowledgements, delivery) that must not wait behind a burst of it.
/// </summary>
public sealed class ReadingThreadsTests
{
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Text_is_read_off_the_thread_pool_and_the_result_comes_back()
    {
        var reading = new ReadingThreads(2);

        var (text, onPool) = await reading.RunAsync(() => ("read", Thread.CurrentThread.IsThreadPoolThread), CancellationToken.None).WaitAsync(Ceiling);

        Assert.Equal("read", text);
        Assert.False(onPool);
    }

    [Fact]
    public async Task A_reader_that_fails_fails_only_its_own_command()
    {
        var reading = new ReadingThreads(1);

        var failing = reading.RunAsync<int>(() => throw new InvalidOperationException("model broke"), CancellationToken.None);
        var next = reading.RunAsync(() => 7, CancellationToken.None);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => failing.WaitAsync(Ceiling));
        Assert.Equal("model broke", thrown.Message);
        Assert.Equal(7, await next.WaitAsync(Ceiling));
    }

    [Fact]
    public async Task A_command_given_up_while_waiting_to_be_read_hears_at_once_and_is_never_read()
    {
        var reading = new ReadingThreads(1);
        using var holding = new ManualResetEventSlim();
        using var giveUp = new CancellationTokenSource();
        var read = 0;

        var busy = reading.RunAsync(() => holding.Wait(Ceiling), CancellationToken.None);
        var waiting = reading.RunAsync(() => Interlocked.Increment(ref read), giveUp.Token);
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Ceiling));
        holding.Set();
        Assert.True(await busy.WaitAsync(Ceiling));
        Assert.Equal(1, await reading.RunAsync(() => 1, CancellationToken.None).WaitAsync(Ceiling));
        Assert.Equal(0, Volatile.Read(ref read));
    }

    [Fact]
    public async Task Texts_waiting_for_a_reader_count_towards_the_wait_an_adapter_expects()
    {
        var reading = new ReadingThreads(1);
        using var holding = new ManualResetEventSlim();

        var busy = reading.RunAsync(() => holding.Wait(Ceiling), CancellationToken.None);
        var queued = Enumerable.Range(0, 5).Select(i => reading.RunAsync(() => i, CancellationToken.None)).ToList();

        Assert.InRange(reading.Waiting, 5, 6);
        holding.Set();
        var results = await Task.WhenAll(queued).WaitAsync(Ceiling);
        Assert.Equal(Enumerable.Range(0, 5), results);
        await busy.WaitAsync(Ceiling);
        Assert.Equal(0, reading.Waiting);
    }

    [Fact]
    public async Task On_linux_reading_and_turns_run_at_a_lower_cpu_priority_than_the_threads_that_acknowledge_and_deliver()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var normal = await Task.Run(NiceOfThisThread);
        var reading = await new ReadingThreads(1).RunAsync(NiceOfThisThread, CancellationToken.None).WaitAsync(Ceiling);
        var turn = await new EngineGate(new FakeTimeProvider()).RunAsync(NiceOfThisThread, CancellationToken.None).WaitAsync(Ceiling);

        // Higher nice, lower priority: top -H shows it in the NI column. A process started at nice 19 cannot go lower.
        Assert.True(reading > normal || normal == 19, $"reading thread nice {reading}, pool thread {normal}");
        Assert.True(turn > normal || normal == 19, $"engine thread nice {turn}, pool thread {normal}");
    }

    /// <summary>The calling thread's nice value, the 19th field of its stat line (after the name in parentheses).</summary>
    private static int NiceOfThisThread()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], CultureInfo.InvariantCulture);
    }
}
