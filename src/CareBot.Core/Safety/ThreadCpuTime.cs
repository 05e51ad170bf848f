using System.Runtime.InteropServices;

namespace CareBot.Core.Safety;

/// <summary>
/// How much CPU the calling thread has had, where the system says (Linux): what tells a pattern that is working hard
/// from one whose thread was merely waiting for a core on a busy machine.
/// </summary>
internal static partial class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>The calling thread's CPU time so far, or null where it cannot be read.</summary>
    public static TimeSpan? OfCurrentThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out var now) == 0
                ? TimeSpan.FromTicks((now.Seconds * TimeSpan.TicksPerSecond) + (now.Nanoseconds / 100))
                : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
