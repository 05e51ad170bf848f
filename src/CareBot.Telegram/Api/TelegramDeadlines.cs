namespace CareBot.Telegram.Api;

/// <summary>How long one call may take before it counts as a network failure.</summary>
internal static class TelegramDeadlines
{
    public static readonly TimeSpan Call = TimeSpan.FromSeconds(30);

    /// <summary>A long poll waits up to its timeout on the server, plus slack for the network.</summary>
    public static TimeSpan Poll(int pollTimeoutSeconds) => TimeSpan.FromSeconds(pollTimeoutSeconds + 15);

    /// <summary>Runs <paramref name="call"/> with a deadline; a deadline hit is a <see cref="TimeoutException"/>, a shutdown stays a cancellation.</summary>
    public static async Task<T> RunAsync<T>(TimeSpan deadline, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(deadline);
        try
        {
            return await call(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Telegram did not answer within {deadline.TotalSeconds:0} s.");
        }
    }
}
