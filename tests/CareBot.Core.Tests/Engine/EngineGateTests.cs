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
        using var gate = new EngineGate(_clock);

        Assert.Equal(TimeSpan.Zero, gate.ExpectedWait);
    }

    [Fact]
    public async Task The_expected_wait_is_the_turns_queued_times_how_long_turns_take_lately()
    {
        using var gate = new EngineGate(_clock);
        await gate.RunAsync(() => Take(TimeSpan.FromMilliseconds(40)), CancellationToken.None);
        Assert.Equal(TimeSpan.Zero, gate.ExpectedWait);

        using var holding = new ManualResetEventSlim();
        var first = Task.Run(() => gate.RunAsync(() => holding.Wait(TimeSpan.FromSeconds(20)), CancellationToken.None));
        await WaitUntilAsync(() => gate.ExpectedWait > TimeSpan.Zero);
        var second = gate.RunAsync(() => true, CancellationToken.None);
        var third = gate.RunAsync(() => true, CancellationToken.None);

        Assert.Equal(TimeSpan.FromMilliseconds(120), gate.ExpectedWait);
        holding.Set();
        await Task.WhenAll(first, second, third);
        Assert.Equal(TimeSpan.Zero, gate.ExpectedWait);
    }

    [Fact]
    public async Task A_run_of_slower_turns_raises_the_expected_wait_step_by_step()
    {
        using var gate = new EngineGate(_clock);
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

    /// <summary>The expected wait seen while one turn (of <paramref name="length"/>) is under way.</summary>
    private async Task<TimeSpan> SeenBehindOneTurnAsync(EngineGate gate, TimeSpan length)
    {
        using var holding = new ManualResetEventSlim();
        var turn = Task.Run(() => gate.RunAsync(
            () => holding.Wait(TimeSpan.FromSeconds(20)) && Take(length),
            CancellationToken.None));
        await WaitUntilAsync(() => gate.ExpectedWait > TimeSpan.Zero);
        var seen = gate.ExpectedWait;
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
