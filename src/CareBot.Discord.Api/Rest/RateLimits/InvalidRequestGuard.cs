using System.Threading.RateLimiting;

namespace CareBot.Discord.Api.Rest.RateLimits;

/// <summary>
/// Counts 401, 403 and (non-shared) 429 answers over a sliding window and closes once the count reaches the
/// configured limit, well below the 10,000 in 10 minutes that earns a temporary ban from Discord's edge. The window
/// slides one segment at a time on a timer of our <see cref="TimeProvider"/>.
/// </summary>
internal sealed class InvalidRequestGuard : IDisposable
{
    private const int Segments = 10;
    private readonly SlidingWindowRateLimiter _window;
    private readonly ITimer _slide;
    private readonly int _limit;

    public InvalidRequestGuard(int limit, TimeSpan window, TimeProvider time)
    {
        _limit = limit;
        _window = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = window,
            SegmentsPerWindow = Segments,
            AutoReplenishment = false,
            QueueLimit = 0,
        });
        var segment = window / Segments;
        _slide = time.CreateTimer(_ => _window.TryReplenish(), null, segment, segment);
    }

    public bool IsOpen => Count < _limit;

    /// <summary>Invalid answers in the window so far.</summary>
    public int Count => _limit - (int)(_window.GetStatistics()?.CurrentAvailablePermits ?? 0);

    public void Record()
    {
        using var counted = _window.AttemptAcquire(1);
    }

    public void Dispose()
    {
        _slide.Dispose();
        _window.Dispose();
    }
}
