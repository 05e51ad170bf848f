using CareBot.Core.Platforms;

namespace CareBot.Core.Engine;

/// <summary>
/// Keeps each person's commands in the order they came. A command's text is read before its turn, so one with nothing
/// to read would otherwise overtake one still being read: "/offer …" and then "/mine" a moment later must show the
/// offer. Each command waits, just before it queues for its turn, until the same person's command before it has queued
/// (or ended without a turn); different people never wait for each other, and reading still goes on side by side.
/// </summary>
internal sealed class SenderOrder
{
    private readonly Lock _lock = new();
    private readonly Dictionary<UserRef, TaskCompletionSource> _latest = [];

    /// <summary>A place behind the person's latest command; dispose it when the command has ended.</summary>
    public SenderPlace Join(UserRef sender)
    {
        var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            var earlier = _latest.TryGetValue(sender, out var before) ? before.Task : Task.CompletedTask;
            _latest[sender] = mine;
            return new SenderPlace(this, sender, earlier, mine);
        }
    }

    /// <summary>The command has queued (or ended): the person's next may go; nothing is kept once nobody is behind it.</summary>
    internal void Leave(UserRef sender, TaskCompletionSource place)
    {
        place.TrySetResult();
        lock (_lock)
        {
            if (_latest.TryGetValue(sender, out var latest) && latest == place)
            {
                _latest.Remove(sender);
            }
        }
    }
}

/// <summary>One command's place in its sender's order (see <see cref="SenderOrder"/>).</summary>
internal sealed class SenderPlace(SenderOrder order, UserRef sender, Task earlier, TaskCompletionSource mine) : IDisposable
{
    /// <summary>Completes once the sender's command before this one has queued for its turn, or ended.</summary>
    public Task WaitForEarlierAsync(CancellationToken cancellationToken) => earlier.WaitAsync(cancellationToken);

    /// <summary>This command has queued: the sender's next one may queue behind it. Saying so twice is harmless.</summary>
    public void Leave() => order.Leave(sender, mine);

    public void Dispose() => Leave();
}
