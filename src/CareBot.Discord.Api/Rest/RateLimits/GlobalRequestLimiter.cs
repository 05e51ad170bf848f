using Microsoft.Extensions.Logging;

namespace CareBot.Discord.Api.Rest.RateLimits;

/// <summary>
/// The bot-wide limit (50 requests a second, counted in one-second windows of our <see cref="TimeProvider"/>), and
/// the pause a global 429 imposes on every route. (System.Threading.RateLimiting's limiters refill on the
/// machine's Stopwatch even when replenished by hand, so they cannot follow a TimeProvider.)
/// </summary>
internal sealed class GlobalRequestLimiter(int requestsPerSecond, TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly object _gate = new();
    private DateTimeOffset _windowEnds = DateTimeOffset.MinValue;
    private int _used;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await WaitOutPauseAsync(cancellationToken);
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                if (now < _pausedUntil)
                {
                    continue;
                }

                if (now >= _windowEnds)
                {
                    _windowEnds = now + Window;
                    _used = 0;
                }

                if (_used < requestsPerSecond)
                {
                    _used++;
                    return;
                }

                wait = _windowEnds - now;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    public void Pause(TimeSpan duration)
    {
        lock (_gate)
        {
            var until = time.GetUtcNow() + duration;
            _pausedUntil = until > _pausedUntil ? until : _pausedUntil;
        }
    }

    private ValueTask WaitOutPauseAsync(CancellationToken cancellationToken)
    {
        TimeSpan left;
        lock (_gate)
        {
            left = _pausedUntil - time.GetUtcNow();
        }

        if (left <= TimeSpan.Zero)
        {
            return ValueTask.CompletedTask;
        }

        RestLog.WaitingForGlobalLimit(logger, left);
        return new ValueTask(Task.Delay(left, time, cancellationToken));
    }
}
