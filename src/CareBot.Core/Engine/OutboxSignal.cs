namespace CareBot.Core.Engine;

/// <summary>Wakes delivery when the outbox changed: the one signal every platform's delivery waits on, so none polls tightly.</summary>
internal sealed class OutboxSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Pulse() => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Completes at the next pulse after this read.</summary>
    public Task Next => Volatile.Read(ref _next).Task;
}
