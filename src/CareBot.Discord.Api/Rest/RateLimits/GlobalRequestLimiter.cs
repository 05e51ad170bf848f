using Microsoft.Extensions.Logging;

namespace CareBot.Discord.Api.Rest.RateLimits;

/// <summary>
/// The bot-wide limit (50 requests a second, counted in one-second windows of our <see cref="TimeProvider"/>), and
/// the pause a global 429 imposes on every route. (System.Threading.RateLimiting's limiters refill on the
/// machine's Stopwatch even when replenished by hand, so they cannot follow a TimeProvider.)
/// </summary>
/// <remarks>
/// Discord's window opens when the first request of it arrives, somewhere between our sending it and its answer. A
/// window counted from the sending ends before Discord's (by the first request's way there, tens of milliseconds when
/// a connection is new), and the requests sent in between are over Discord's limit: measured, two global 429s right
/// after a start. So a window ends a second after its first request's answer, and not before that answer has come.
/// </remarks>
internal sealed class GlobalRequestLimiter(int requestsPerSecond, TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private static readonly IDisposable NothingToHear = new Answered(null, null);
    private readonly object _gate = new();
    private DateTimeOffset _windowEnds = DateTimeOffset.MinValue;

    // Completed once the window's first request has its answer; until then the window cannot end.
    private TaskCompletionSource _firstAnswer = Answered.Already();
    private int _used;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>Waits for a place in the window. Dispose what it returns once Discord has answered, or the request failed.</summary>
    public async ValueTask<IDisposable> WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await WaitOutPauseAsync(cancellationToken);
            TimeSpan wait;
            Task? answer = null;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                if (now < _pausedUntil)
                {
                    continue;
                }

                var opens = now >= _windowEnds && _firstAnswer.Task.IsCompleted;
                if (opens)
                {
                    _windowEnds = now + Window;
                    _firstAnswer = new(TaskCreationOptions.RunContinuationsAsynchronously);
                    _used = 0;
                }

                if (_used < requestsPerSecond)
                {
                    _used++;
                    return opens ? new Answered(this, _firstAnswer) : NothingToHear;
                }

                // Full, and its first request not yet answered: its end is a second after that answer, at the earliest.
                answer = _firstAnswer.Task.IsCompleted ? null : _firstAnswer.Task;
                wait = _windowEnds - now;
            }

            await (answer is null ? Task.Delay(wait, time, cancellationToken) : answer.WaitAsync(cancellationToken));
        }
    }

    private void FirstAnswered(TaskCompletionSource window)
    {
        lock (_gate)
        {
            if (window != _firstAnswer)
            {
                return;
            }

            var end = time.GetUtcNow() + Window;
            _windowEnds = end > _windowEnds ? end : _windowEnds;

            // Its waiters go on on the pool, not here under the lock.
            window.TrySetResult();
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

    /// <summary>The answer to a window's first request, which fixes when the window ends (nothing for the others).</summary>
    private sealed class Answered(GlobalRequestLimiter? limiter, TaskCompletionSource? window) : IDisposable
    {
        private int _disposed;

        public static TaskCompletionSource Already()
        {
            var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            answered.SetResult();
            return answered;
        }

        public void Dispose()
        {
            if (limiter is not null && window is not null && Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                limiter.FirstAnswered(window);
            }
        }
    }
}
