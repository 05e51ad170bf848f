using Microsoft.Extensions.Hosting;

namespace CareBot.Telegram.Hosting;

/// <summary>
/// Stops the host when Telegram cannot work at all (the token was rejected), keeping the one line that says why, so
/// the host prints it and exits non-zero instead of a stack trace.
/// </summary>
public sealed class TelegramShutdown(IHostApplicationLifetime lifetime)
{
    private string? _reason;

    /// <summary>Why the adapter stopped the host, or null while it hasn't.</summary>
    public string? Reason => Volatile.Read(ref _reason);

    public void Stop(string reason)
    {
        Interlocked.CompareExchange(ref _reason, reason, null);
        lifetime.StopApplication();
    }
}
