using CareBot.Telegram.Hosting;
using Microsoft.Extensions.Options;

namespace CareBot.Telegram.RateLimits;

/// <summary>
/// The bot-wide limit (30 messages a second by default), shared by every chat's lane. Lanes queue for it in
/// arrival order, so a busy chat cannot starve the others.
/// </summary>
internal sealed class GlobalPacer(IOptions<TelegramOptions> options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly SlidingWindow _window = new(options.Value.Limits.MessagesPerSecond, TimeSpan.FromSeconds(1));

    /// <summary>Waits until one more message may go, and counts it; complete the slot when Telegram answers.</summary>
    public async Task<SendSlot> AcquireAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var wait = _window.WaitNeeded(time.GetUtcNow());
                if (wait <= TimeSpan.Zero)
                {
                    return _window.Begin(time.GetUtcNow());
                }

                await Task.Delay(wait, time, cancellationToken);
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Counts a message sent before this process started (see <see cref="ChatPacer.Seed"/>).</summary>
    public void Seed(DateTimeOffset at) => _window.Record(at);

    public void Dispose() => _turn.Dispose();
}
