namespace CareBot.Discord.Tests.Crash;

/// <summary>Waits in the run for what the bot does on its own time: true when it came within the ceiling.</summary>
internal static class Waiting
{
    private static readonly TimeSpan Look = TimeSpan.FromMilliseconds(50);

    public static async Task<bool> UntilAsync(Func<bool> condition, TimeSpan ceiling, CancellationToken cancellationToken)
    {
        var until = DateTimeOffset.UtcNow + ceiling;
        while (!condition())
        {
            if (DateTimeOffset.UtcNow >= until)
            {
                return false;
            }

            await Task.Delay(Look, cancellationToken);
        }

        return true;
    }

    /// <summary>The first value <paramref name="find"/> gives within the ceiling; fails the run saying what it waited for.</summary>
    public static async Task<T> ForAsync<T>(Func<T?> find, TimeSpan ceiling, string what, CancellationToken cancellationToken) where T : class
    {
        T? found = null;
        if (!await UntilAsync(() => (found = find()) is not null, ceiling, cancellationToken))
        {
            throw new TimeoutException($"Waited {ceiling.TotalSeconds:0} s for {what}.");
        }

        return found!;
    }
}
