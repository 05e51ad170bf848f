using System.Collections.Concurrent;
using System.Globalization;
using CareBot.Core.Engine;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Core.Tests.Engine;

/// <summary>
/// Where the engine's CPU work runs: reading text on threads of its own, batched in a burst, and turns on the gate's
/// thread, both below the priority of the network work (acknowledgements, delivery) that must not wait behind them.
/// </summary>
public sealed class ReadingThreadsTests
{
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(30);
    private static readonly string[] Texts = ["a", "bb", "ccc", "dddd"];

    [Fact]
    public async Task Text_is_read_off_the_thread_pool_and_each_caller_gets_its_own_texts_reading()
    {
        var onPool = new ConcurrentBag<bool>();
        var reading = new ReadingThreads<string, int>(2, texts =>
        {
            onPool.Add(Thread.CurrentThread.IsThreadPoolThread);
            return [.. texts.Select(t => t.Length)];
        });

        var lengths = await Task.WhenAll(Texts.Select(t => reading.ReadAsync(t, CancellationToken.None))).WaitAsync(Ceiling);

        Assert.Equal(Enumerable.Range(1, 4), lengths);
        Assert.DoesNotContain(true, onPool);
    }

    [Fact]
    public async Task Texts_that_queue_while_the_reader_is_busy_are_read_together_in_one_call()
    {
        using var holding = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        var batches = new ConcurrentQueue<int>();
        var reading = new ReadingThreads<int, int>(1, texts =>
        {
            batches.Enqueue(texts.Count);
            started.Set();
            holding.Wait(Ceiling);
            return texts;
        }, mostAtOnce: 4);

        var first = reading.ReadAsync(0, CancellationToken.None);
        Assert.True(started.Wait(Ceiling));
        var burst = Enumerable.Range(1, 6).Select(i => reading.ReadAsync(i, CancellationToken.None)).ToList();
        holding.Set();
        var read = await Task.WhenAll(burst.Prepend(first)).WaitAsync(Ceiling);

        // The lone first text at once; the six behind it in batches of at most four, in the order they came.
        Assert.Equal(Enumerable.Range(0, 7), read);
        Assert.Equal(1, batches.First());
        Assert.All(batches, size => Assert.InRange(size, 1, 4));
        Assert.True(batches.Count <= 3, $"{batches.Count} calls for 7 texts: {string.Join(", ", batches)}");
    }

    [Fact]
    public async Task A_reader_that_fails_fails_only_the_commands_it_was_reading()
    {
        var reading = new ReadingThreads<string, int>(1, texts =>
            texts.Contains("broken") ? throw new InvalidOperationException("model broke") : [.. texts.Select(t => t.Length)]);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => reading.ReadAsync("broken", CancellationToken.None).WaitAsync(Ceiling));
        var next = await reading.ReadAsync("fine", CancellationToken.None).WaitAsync(Ceiling);

        Assert.Equal("model broke", thrown.Message);
        Assert.Equal(4, next);
    }

    [Fact]
    public async Task A_command_given_up_while_waiting_to_be_read_hears_at_once_and_is_never_read()
    {
        using var holding = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        var read = new ConcurrentBag<string>();
        var reading = new ReadingThreads<string, bool>(1, texts =>
        {
            texts.ToList().ForEach(read.Add);
            started.Set();
            return [.. texts.Select(t => t != "hold" || holding.Wait(Ceiling))];
        });
        using var giveUp = new CancellationTokenSource();

        var busy = reading.ReadAsync("hold", CancellationToken.None);
        Assert.True(started.Wait(Ceiling));
        var waiting = reading.ReadAsync("given up", giveUp.Token);
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Ceiling));
        holding.Set();
        Assert.True(await busy.WaitAsync(Ceiling));
        Assert.True(await reading.ReadAsync("after", CancellationToken.None).WaitAsync(Ceiling));
        Assert.DoesNotContain("given up", read);
    }

    [Fact]
    public async Task Texts_waiting_for_a_reader_count_towards_the_wait_an_adapter_expects()
    {
        using var holding = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        var reading = new ReadingThreads<int, int>(1, texts =>
        {
            started.Set();
            return holding.Wait(Ceiling) ? texts : [];
        });

        var busy = reading.ReadAsync(0, CancellationToken.None);
        Assert.True(started.Wait(Ceiling));
        var queued = Enumerable.Range(1, 5).Select(i => reading.ReadAsync(i, CancellationToken.None)).ToList();

        Assert.Equal(5, reading.Waiting);
        holding.Set();
        await Task.WhenAll(queued.Append(busy)).WaitAsync(Ceiling);
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
        var reading = await new ReadingThreads<int, int>(1, texts => [.. texts.Select(_ => NiceOfThisThread())]).ReadAsync(0, CancellationToken.None).WaitAsync(Ceiling);
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
