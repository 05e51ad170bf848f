using System.Text.RegularExpressions;

namespace CareBot.Core.Safety;

/// <summary>
/// Runs a safety pattern within its time limit. The limit is wall-clock time, and on a busy machine a thread can be
/// paused past it in the middle of an ordinary match: read as "ran out of time", that made "help moving a sofa" an
/// emergency whenever the server was loaded (a benchmark on a loaded machine still saw it once in a few hundred needs,
/// after three tries). So a timeout is tried again, and only text that runs out of time every time while the thread
/// was actually working on it (a pattern truly struggling with it) gets <c>whenUnsure</c>. Where the thread's CPU time
/// can be read, a try that timed out having had less than half the limit of CPU was a pause, not work, and does not
/// count, up to a bound, so a starved machine is slower to answer but never reads ordinary words as danger.
/// </summary>
internal static class BoundedMatch
{
    private const int Attempts = 3;

    /// <summary>Pauses forgiven in all, so even a machine that never gives the thread a core ends in an answer.</summary>
    private const int PausesForgiven = 20;

    public static bool IsMatch(Regex pattern, string input, bool whenUnsure) =>
        IsMatch(() => pattern.IsMatch(input), whenUnsure, pattern.MatchTimeout);

    /// <param name="limit">The pattern's own time limit: a try with under half of it in CPU was paused, not working.</param>
    /// <param name="cpuTime">The thread's CPU time so far (null where unknown); the system's unless a test gives one.</param>
    public static bool IsMatch(Func<bool> match, bool whenUnsure, TimeSpan limit, Func<TimeSpan?>? cpuTime = null)
    {
        cpuTime ??= ThreadCpuTime.OfCurrentThread;
        var workingHard = limit / 2;
        var (attempts, pauses) = (0, 0);

        // The thread's CPU time is read only once a try has timed out (a system call, on the path of every message),
        // so the first timeout counts as a try, as it did before, and only the tries after it are told apart.
        TimeSpan? since = null;
        while (attempts < Attempts)
        {
            try
            {
                return match();
            }
            catch (RegexMatchTimeoutException)
            {
                // Paused, or struggling: the CPU it had tells, where known; otherwise the next attempt does.
                var now = cpuTime();
                var worked = now - since;
                if (worked is { } cpu && cpu < workingHard && pauses < PausesForgiven)
                {
                    pauses++;
                }
                else
                {
                    attempts++;
                }

                since = now;
            }
        }

        return whenUnsure;
    }
}
