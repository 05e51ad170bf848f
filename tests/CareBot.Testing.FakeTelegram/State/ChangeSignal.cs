namespace CareBot.Testing.FakeTelegram.State;

/// <summary>
/// Wakes everyone waiting for the state to change: long polls and test wait helpers. A waiter takes
/// <see cref="NextChange"/> while holding the state lock, checks its condition, and awaits the task if unmet,
/// so no change between the check and the await can be missed.
/// </summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task NextChange => Volatile.Read(ref _next).Task;

    public void Pulse()
    {
        var current = Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        current.TrySetResult();
    }
}
