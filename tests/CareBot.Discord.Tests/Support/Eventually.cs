namespace CareBot.Discord.Tests.Support;

/// <summary>Waits for something the bot does on its own time, with a generous ceiling for a busy 2-core machine.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Ceiling = TimeSpan.FromMinutes(2);

    public static async Task<T> Get<T>(Func<T?> read, string what) where T : class
    {
        var until = DateTime.UtcNow + Ceiling;
        while (DateTime.UtcNow < until)
        {
            if (read() is { } value)
            {
                return value;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"Waited {Ceiling.TotalSeconds} s for {what}.");
    }

    public static Task True(Func<bool> condition, string what) => Get(() => condition() ? "yes" : null, what);

    /// <summary>For a condition that takes its own time to check (reading a copy of a database): checked again as soon as it answers.</summary>
    public static async Task TrueAsync(Func<CancellationToken, Task<bool>> condition, string what)
    {
        using var ceiling = new CancellationTokenSource(Ceiling);
        try
        {
            while (!await condition(ceiling.Token))
            {
                await Task.Delay(50, ceiling.Token);
            }
        }
        catch (OperationCanceledException) when (ceiling.IsCancellationRequested)
        {
            throw new TimeoutException($"Waited {Ceiling.TotalSeconds} s for {what}.");
        }
    }
}
