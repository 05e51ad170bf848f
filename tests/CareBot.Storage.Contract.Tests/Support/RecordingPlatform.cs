using CareBot.Core.Outbox;
using CareBot.Delivery;

namespace CareBot.Storage.Contract.Tests.Support;

/// <summary>
/// A chat platform shared by several delivering instances, as a real one is: every request any of them makes is recorded
/// with when it arrived and which instance made it. One instance's connection can be cut (<see cref="Cut"/>): its
/// requests then never arrive, as a process killed mid-way makes none.
/// </summary>
internal sealed class RecordingPlatform
{
    public const string Id = "recorded";

    private readonly Lock _lock = new();
    private readonly List<Arrival> _arrivals = [];
    private readonly HashSet<string> _cut = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<Arrival> Arrivals
    {
        get
        {
            lock (_lock)
            {
                return [.. _arrivals];
            }
        }
    }

    /// <summary>The sender one instance plugs into its delivery pipeline.</summary>
    public IDeliveryPlatform For(string instance, DeliveryLimits limits) => new Connection(this, instance, limits);

    public void Cut(string instance)
    {
        lock (_lock)
        {
            _cut.Add(instance);
        }
    }

    /// <summary>Waits until <paramref name="done"/> holds for what arrived, or the ceiling passes (then the caller's assertion tells).</summary>
    public async Task WaitUntil(Func<IReadOnlyList<Arrival>, bool> done, TimeSpan ceiling)
    {
        using var timeout = new CancellationTokenSource(ceiling);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (done(_arrivals))
                {
                    return;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private bool Arrive(string instance, OutboxMessage message)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            if (_cut.Contains(instance))
            {
                return false;
            }

            _arrivals.Add(new Arrival(instance, message.Destination.ChatId, message.Content.PlainText, TimeProvider.System.GetUtcNow()));
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
        return true;
    }

    public sealed record Arrival(string Instance, string ChatId, string Text, DateTimeOffset At);

    private sealed class Connection(RecordingPlatform platform, string instance, DeliveryLimits limits) : IDeliveryPlatform
    {
        public string Platform => Id;

        public DeliveryLimits Limits => limits;

        public Task WaitUntilReadyAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task<DeliveryVerdict> SendAsync(OutboxMessage message, DeliveryTurn turn, CancellationToken stoppingToken)
        {
            using (await turn.BeforeCallAsync(stoppingToken))
            {
                if (!platform.Arrive(instance, message))
                {
                    // The connection is cut: the request never arrives, and the killed instance never hears back.
                    await Task.Delay(Timeout.InfiniteTimeSpan, stoppingToken);
                }
            }

            return DeliveryVerdict.Sent;
        }

        public void CredentialsRejected(string reason)
        {
        }
    }
}
