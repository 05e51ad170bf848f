namespace CareBot.Telegram.Api;

/// <summary>The bot's identity once getMe has answered at start-up; delivery waits for it (deep links need the username).</summary>
public sealed class BotIdentitySource
{
    private readonly TaskCompletionSource<BotIdentity> _identity = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public BotIdentity? Current => _identity.Task.IsCompletedSuccessfully ? _identity.Task.Result : null;

    public void Set(BotIdentity identity) => _identity.TrySetResult(identity);

    public Task<BotIdentity> WaitAsync(CancellationToken cancellationToken) => _identity.Task.WaitAsync(cancellationToken);
}
