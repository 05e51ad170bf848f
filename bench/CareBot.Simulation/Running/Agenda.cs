namespace CareBot.Simulation.Running;

/// <summary>
/// What happens next in simulated time: actions in time order, and in the order they were planned when two share a
/// moment, so a run is the same every time it is made from the same seed.
/// </summary>
internal sealed class Agenda
{
    private readonly PriorityQueue<Func<CancellationToken, Task>, (DateTimeOffset At, long Order)> _queue = new();
    private long _planned;

    public DateTimeOffset? Next => _queue.TryPeek(out _, out var when) ? when.At : null;

    public void At(DateTimeOffset at, Func<CancellationToken, Task> action) => _queue.Enqueue(action, (at, _planned++));

    /// <summary>The next action, if it is due at or before <paramref name="now"/>.</summary>
    public bool TryTakeDue(DateTimeOffset now, out Func<CancellationToken, Task> action)
    {
        if (_queue.TryPeek(out var first, out var when) && when.At <= now)
        {
            _queue.Dequeue();
            action = first;
            return true;
        }

        action = null!;
        return false;
    }
}
