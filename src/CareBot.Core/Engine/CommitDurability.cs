namespace CareBot.Core.Engine;

/// <summary>
/// The two ways the gate can make a turn's commit durable before its caller hears (see <see cref="EngineGate"/>): a
/// flush there and then, or a wait for the store's next flush, which carries every commit made meanwhile.
/// </summary>
/// <param name="FlushHere">Puts every commit so far on disk, on the calling thread.</param>
/// <param name="WhenDurableAsync">Completes once every commit so far is on disk.</param>
internal sealed record CommitDurability(Action FlushHere, Func<CancellationToken, Task> WhenDurableAsync)
{
    public static CommitDurability Of(Storage.ICareStore store) => new(store.FlushCommitted, store.WhenDurableAsync);
}
