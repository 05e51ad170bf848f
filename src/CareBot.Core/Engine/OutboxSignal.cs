namespace CareBot.Core.Engine;

/// <summary>Wakes delivery loops when new messages are committed, so they need not poll tightly.</summary>
internal sealed class OutboxSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Pulse() => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Completes on the next pulse, after <paramref name="timeout"/>, or on cancellation (without throwing).</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var pulse = Volatile.Read(ref _next).Task;
        try
        {
            await pulse.WaitAsync(timeout, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Nothing new: the caller checks for messages that became due with time.
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
