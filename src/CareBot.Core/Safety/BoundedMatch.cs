using System.Text.RegularExpressions;

namespace CareBot.Core.Safety;

/// <summary>
/// Runs a safety pattern within its time limit. The limit is wall-clock time, and on a busy machine a thread can be
/// paused past it in the middle of an ordinary match: read as "ran out of time", that made "help moving a sofa" an
/// emergency whenever the server was loaded. So a timeout is tried again, and only text that runs out of time every
/// time (a pattern truly struggling with it) gets <c>whenUnsure</c>.
/// </summary>
internal static class BoundedMatch
{
    private const int Attempts = 3;

    public static bool IsMatch(Regex pattern, string input, bool whenUnsure) => IsMatch(() => pattern.IsMatch(input), whenUnsure);

    public static bool IsMatch(Func<bool> match, bool whenUnsure)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                return match();
            }
            catch (RegexMatchTimeoutException)
            {
                // Paused, or struggling: the next attempt tells which.
            }
        }

        return whenUnsure;
    }
}
