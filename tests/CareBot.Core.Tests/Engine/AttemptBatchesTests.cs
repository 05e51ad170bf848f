using CareBot.Core.Engine;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Core.Tests.Engine;

/// <summary>
/// Attempts recorded before calls: those that come while one waits for the engine's gate are written in its turn, so
/// fifty lanes whose window opened at once wait for one write, not fifty.
/// </summary>
public sealed class AttemptBatchesTests
{
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(30);
    private static readonly int[] ThreeMessages = [1, 2, 3];
    private static readonly int[] TwoMessages = [1, 2];
    private readonly EngineGate _gate = new(new FakeTimeProvider());
    private readonly List<int[]> _written = [];

    [Fact]
    public async Task Attempts_that_come_while_one_waits_for_the_gate_are_written_in_its_turn()
    {
        var batches = new AttemptBatches(_gate, ids => _written.Add([.. ids]));
        var (command, release) = await CommandUnderWayAsync();

        var attempts = ThreeMessages.Select(id => batches.RecordAsync(id, CancellationToken.None)).ToList();
        release.Set();
        await Task.WhenAll(attempts).WaitAsync(Ceiling);
        await command;

        Assert.Equal([[1, 2, 3]], _written);
    }

    [Fact]
    public async Task An_attempt_after_the_turn_has_run_goes_in_a_turn_of_its_own()
    {
        var batches = new AttemptBatches(_gate, ids => _written.Add([.. ids]));

        await batches.RecordAsync(1, CancellationToken.None).WaitAsync(Ceiling);
        await batches.RecordAsync(2, CancellationToken.None).WaitAsync(Ceiling);

        Assert.Equal([[1], [2]], _written);
    }

    [Fact]
    public async Task An_attempt_given_up_before_its_turn_is_not_written_and_the_others_are()
    {
        var batches = new AttemptBatches(_gate, ids => _written.Add([.. ids]));
        var (command, release) = await CommandUnderWayAsync();
        using var givingUp = new CancellationTokenSource();

        var first = batches.RecordAsync(1, CancellationToken.None);
        var second = batches.RecordAsync(2, givingUp.Token);
        var third = batches.RecordAsync(3, CancellationToken.None);
        await givingUp.CancelAsync();
        release.Set();
        await Task.WhenAll(first, third).WaitAsync(Ceiling);
        await command;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        Assert.Equal([[1, 3]], _written);
    }

    [Fact]
    public async Task When_the_write_fails_every_attempt_in_it_hears_so()
    {
        var batches = new AttemptBatches(_gate, _ => throw new IOException("the disk is full"));
        var (command, release) = await CommandUnderWayAsync();

        var attempts = TwoMessages.Select(id => batches.RecordAsync(id, CancellationToken.None)).ToList();
        release.Set();
        await command;

        foreach (var attempt in attempts)
        {
            var failure = await Assert.ThrowsAsync<IOException>(() => attempt.WaitAsync(Ceiling));
            Assert.Equal("the disk is full", failure.Message);
        }
    }

    /// <summary>A command's turn holding the gate until released.</summary>
    private async Task<(Task Command, ManualResetEventSlim Release)> CommandUnderWayAsync()
    {
        var release = new ManualResetEventSlim();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var command = _gate.RunAsync(
            () =>
            {
                started.TrySetResult();
                return release.Wait(Ceiling);
            },
            CancellationToken.None);
        await started.Task.WaitAsync(Ceiling);
        return (command, release);
    }
}
