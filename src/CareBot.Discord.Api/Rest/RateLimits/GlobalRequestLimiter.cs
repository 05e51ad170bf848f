using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;

namespace CareBot.Discord.Api.Rest.RateLimits;

/// <summary>
/// The bot-wide limit (50 requests a second), and the pause a global 429 imposes on every route. The token bucket
/// is refilled by a timer of our <see cref="TimeProvider"/>, so tests can move its clock.
/// </summary>
internal sealed class GlobalRequestLimiter : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);
    private readonly TokenBucketRateLimiter _limiter;
    private readonly ITimer _refill;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly object _gate = new();
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    public GlobalRequestLimiter(int requestsPerSecond, TimeProvider time, ILogger logger)
    {
        _time = time;
        _logger = logger;
        _limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = requestsPerSecond,
            TokensPerPeriod = requestsPerSecond,
            ReplenishmentPeriod = Period,
            AutoReplenishment = false,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _refill = time.CreateTimer(_ => _limiter.TryReplenish(), null, Period, Period);
    }

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await WaitOutPauseAsync(cancellationToken);
            using var lease = await _limiter.AcquireAsync(1, cancellationToken);
            // A global 429 may have arrived while we queued: honour it before going.
            if (lease.IsAcquired && PauseLeft() <= TimeSpan.Zero)
            {
                return;
            }
        }
    }

    public void Pause(TimeSpan duration)
    {
        lock (_gate)
        {
            var until = _time.GetUtcNow() + duration;
            _pausedUntil = until > _pausedUntil ? until : _pausedUntil;
        }
    }

    /// <summary>Held only by a global 429, not by the per-second count (interaction callbacks are exempt from both).</summary>
    public ValueTask WaitOutPauseAsync(CancellationToken cancellationToken)
    {
        var left = PauseLeft();
        if (left <= TimeSpan.Zero)
        {
            return ValueTask.CompletedTask;
        }

        RestLog.WaitingForGlobalLimit(_logger, left);
        return new ValueTask(Task.Delay(left, _time, cancellationToken));
    }

    public void Dispose()
    {
        _refill.Dispose();
        _limiter.Dispose();
    }

    private TimeSpan PauseLeft()
    {
        lock (_gate)
        {
            return _pausedUntil - _time.GetUtcNow();
        }
    }
}
