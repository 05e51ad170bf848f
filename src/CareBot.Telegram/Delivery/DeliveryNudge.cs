namespace CareBot.Telegram.Delivery;

/// <summary>
/// Wakes delivery when an update was handled: its answer is in the outbox now. While lanes are busy the engine's own
/// wait can't tell new work from messages already in flight, so this is how a new answer skips the busy poll.
/// </summary>
public sealed class DeliveryNudge
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Pulse() => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Completes at the next pulse after this call.</summary>
    public Task NextAsync() => Volatile.Read(ref _next).Task;
}
