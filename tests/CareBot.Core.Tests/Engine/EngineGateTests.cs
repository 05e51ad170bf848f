using CareBot.Core.Engine;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Core.Tests.Engine;

/// <summary>The engine's one-at-a-time gate, and what it tells adapters about the wait ahead.</summary>
public sealed class EngineGateTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void An_idle_engine_expects_no_wait()
    {
        var gate = new EngineGate(_clock);

        Assert.Equal(TimeSpan.Zero, gate.ExpectedWait());
    }

    [Fact]
    public async Task Before_any_turn_is_timed_a_queue_is_still_expected_to_wait()
    {
        var gate = new EngineGate(_clock);
        using var holding = new ManualResetEventSlim();
        var held = gate.RunAsync(() => holding.Wait(TimeSpan.FromSeconds(20)), CancellationToken.None);
        var queued = Enumerable.Range(0, 99).Select(_ => gate.RunAsync(() => true, CancellationToken.None)).ToList();

        // A hundred commands behind a fresh start: an adapter must see at once that the last one won't be quick.
        Assert.True(gate.ExpectedWait() >= TimeSpan.FromMilliseconds(300), gate.ExpectedWait().ToString());
        holding.Set();
        await Task.WhenAll(queued.Append(held));
    }

    [Fact]
    public async Task Turns_run_on_the_gates_own_thread_so_a_turn_waiting_for_the_disk_holds_no_pool_thread()
    {
        var gate = new EngineGate(_clock);

        var onPool = await Task.Run(() => gate.RunAsync(() => Thread.CurrentThread.IsThreadPoolThread, CancellationToken.None));
        var callerGoesOnAtOnce = await gate.RunAheadAsync(() => Thread.CurrentThread.IsThreadPoolThread, CancellationToken.None);

        Assert.False(onPool);
        Assert.False(callerGoesOnAtOnce);
    }

    [Fact]
    public async Task With_turns_waiting_a_caller_hears_only_once_its_turn_is_on_disk_while_the_next_turn_goes_ahead()
    {
        var disk = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var flushedHere = 0;
        var gate = new EngineGate(_clock, new CommitDurability(() => Interlocked.Increment(ref flushedHere), _ => disk.Task));
        using var holding = new ManualResetEventSlim();
        var secondRan = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = gate.RunAsync(() => holding.Wait(TimeSpan.FromSeconds(20)), CancellationToken.None);
        var second = gate.RunAsync(() => secondRan.TrySetResult(), CancellationToken.None);
        holding.Set();

        // The second turn ran without waiting for the first one's flush...
        await secondRan.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await second.WaitAsync(TimeSpan.FromSeconds(30));

        // ...but the first turn's caller hears nothing until the disk has its change (the last turn flushed there and then).
        Assert.False(first.IsCompleted);
        Assert.Equal(1, flushedHere);
        disk.SetResult();
        Assert.True(await first.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task A_lone_turn_is_flushed_on_the_gates_thread_with_no_hand_over()
    {
        string? flushedOn = null;
        var gate = new EngineGate(
            _clock, new CommitDurability(() => flushedOn = Thread.CurrentThread.Name, _ => throw new InvalidOperationException("no hand-over expected")));

        Assert.Equal(7, await gate.RunAsync(() => 7, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("CareBot engine", flushedOn);
    }

    [Fact]
    public async Task A_flush_that_fails_reaches_the_caller_as_the_failure_it_is()
    {
        var gate = new EngineGate(_clock, new CommitDurability(() => throw new IOException("the disk is full"), _ => Task.CompletedTask));

        var failure = await Assert.ThrowsAsync<IOException>(() => gate.RunAsync(() => 1, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal("the disk is full", failure.Message);
    }

    [Fact]
    public async Task The_expected_wait_is_the_turns_queued_times_how_long_turns_take_lately()
    {
        var gate = new EngineGate(_clock);
        await gate.RunAsync(() => Take(TimeSpan.FromMilliseconds(40)), CancellationToken.None);
        Assert.Equal(TimeSpan.Zero, gate.ExpectedWait());

        using var holding = new ManualResetEventSlim();
        var first = Task.Run(() => gate.RunAsync(() => holding.Wait(TimeSpan.FromSeconds(20)), CancellationToken.None));
        await WaitUntilAsync(() => gate.ExpectedWait() > TimeSpan.Zero);
        var second = gate.RunAsync(() => true, CancellationToken.None);
        var third = gate.RunAsync(() => true, CancellationToken.None);

        Assert.Equal(TimeSpan.FromMilliseconds(120), gate.ExpectedWait());
        holding.Set();
        await Task.WhenAll(first, second, third);
        Assert.Equal(TimeSpan.Zero, gate.ExpectedWait());
    }

    [Fact]
    public async Task A_run_of_slower_turns_raises_the_expected_wait_step_by_step()
    {
        var gate = new EngineGate(_clock);
        await gate.RunAsync(() => Take(TimeSpan.FromMilliseconds(10)), CancellationToken.None);
        var seen = new List<TimeSpan>();
        for (var i = 0; i < 20; i++)
        {
            seen.Add(await SeenBehindOneTurnAsync(gate, TimeSpan.FromMilliseconds(90)));
        }

        Assert.True(seen.Zip(seen.Skip(1)).All(pair => pair.Second > pair.First), string.Join(", ", seen));
        Assert.Equal(TimeSpan.FromMilliseconds(10), seen[0]);
        Assert.InRange(seen[^1].TotalMilliseconds, 80, 90);
    }

    [Fact]
    public async Task Turns_taken_ahead_go_before_queued_turns_and_otherwise_everything_goes_in_arrival_order()
    {
        var gate = new EngineGate(_clock);
        using var holding = new ManualResetEventSlim();
        var order = new List<string>();
        await gate.RunAsync(() => Take(TimeSpan.FromMilliseconds(1)), CancellationToken.None);
        var held = Task.Run(() => gate.RunAsync(() => holding.Wait(TimeSpan.FromSeconds(20)), CancellationToken.None));
        await WaitUntilQueuedAsync(gate, 1);

        var turns = new[]
        {
            gate.RunAsync(() => Note(order, "command 1"), CancellationToken.None),
            gate.RunAheadAsync(() => Note(order, "delivery 1"), CancellationToken.None),
            gate.RunAsync(() => Note(order, "command 2"), CancellationToken.None),
            gate.RunAheadAsync(() => Note(order, "delivery 2"), CancellationToken.None),
        };
        holding.Set();
        await Task.WhenAll(turns.Append(held));

        Assert.Equal(["delivery 1", "delivery 2", "command 1", "command 2"], order);
    }

    [Fact]
    public async Task A_waiter_that_gives_up_is_passed_over_and_the_turn_goes_on()
    {
        var gate = new EngineGate(_clock);
        using var holding = new ManualResetEventSlim();
        using var givingUp = new CancellationTokenSource();
        var order = new List<string>();
        await gate.RunAsync(() => Take(TimeSpan.FromMilliseconds(1)), CancellationToken.None);
        var held = Task.Run(() => gate.RunAsync(() => holding.Wait(TimeSpan.FromSeconds(20)), CancellationToken.None));
        await WaitUntilQueuedAsync(gate, 1);

        var gaveUp = gate.RunAheadAsync(() => Note(order, "cancelled"), givingUp.Token);
        var next = gate.RunAsync(() => Note(order, "next"), CancellationToken.None);
        await givingUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gaveUp);
        holding.Set();
        await Task.WhenAll(held, next);

        Assert.Equal(["next"], order);
        Assert.Equal(TimeSpan.Zero, gate.ExpectedWait());
    }

    private static bool Note(List<string> order, string turn)
    {
        order.Add(turn);
        return true;
    }

    /// <summary>Waits until <paramref name="turns"/> turns are under way or waiting, seen through the expected wait after one turn of 1 ms.</summary>
    private static Task WaitUntilQueuedAsync(EngineGate gate, int turns) =>
        WaitUntilAsync(() => gate.ExpectedWait() >= TimeSpan.FromMilliseconds(turns));

    /// <summary>The expected wait seen while one turn (of <paramref name="length"/>) is under way.</summary>
    private async Task<TimeSpan> SeenBehindOneTurnAsync(EngineGate gate, TimeSpan length)
    {
        using var holding = new ManualResetEventSlim();
        var turn = Task.Run(() => gate.RunAsync(
            () => holding.Wait(TimeSpan.FromSeconds(20)) && Take(length),
            CancellationToken.None));
        await WaitUntilAsync(() => gate.ExpectedWait() > TimeSpan.Zero);
        var seen = gate.ExpectedWait();
        holding.Set();
        await turn;
        return seen;
    }

    /// <summary>A turn's work that takes <paramref name="length"/> on the gate's clock.</summary>
    private bool Take(TimeSpan length)
    {
        _clock.Advance(length);
        return true;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "Waited too long for the gate.");
            await Task.Delay(5);
        }
    }
}
