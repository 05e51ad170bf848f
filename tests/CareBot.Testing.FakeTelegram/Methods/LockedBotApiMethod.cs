using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>
/// A method that runs start to finish under the state lock, then wakes waiters: every method but getUpdates,
/// which has to wait without holding the lock.
/// </summary>
internal abstract class LockedBotApiMethod : IBotApiMethod
{
    public abstract FakeMethodDescription Description { get; }

    public ValueTask<BotApiResult> InvokeAsync(BotApiCall call, CancellationToken cancellationToken)
    {
        BotApiResult result;
        lock (call.State.Gate)
        {
            result = Invoke(call);
        }

        call.State.Changed.Pulse();
        return ValueTask.FromResult(result);
    }

    protected abstract BotApiResult Invoke(BotApiCall call);
}
