using System.Runtime.InteropServices;

namespace CareBot.Core.Engine;

/// <summary>
/// Lowers the calling thread's CPU priority, for the engine's own threads: its turns and the reading of people's text
/// by the sentence model. That work is long and a few milliseconds later makes no difference to anyone, whereas the
/// network work beside it (acknowledging a Discord interaction within 3 seconds, answering Telegram's webhook,
/// delivering) is short and late is failed. When they compete for the cores, as in a burst of commands on a small
/// machine, the network work should go first (docs/benchmarks.md, Discord under load). Nothing else changes: with cores
/// to spare, a lowered thread runs as fast as any.
/// </summary>
internal static partial class BackgroundPriority
{
    // A nice value 4 above the process's: under contention such a thread gets about a third of a normal thread's time.
    private const int NiceSteps = 4;
    private const int LowestNice = 19;
    private const int PrioProcess = 0;

    /// <summary>Lowers the calling thread, once, for the rest of its life. Does nothing where the system refuses.</summary>
    public static void LowerCurrentThread()
    {
        if (OperatingSystem.IsLinux())
        {
            LowerOnLinux();
        }
        else if (OperatingSystem.IsWindows())
        {
            Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
        }

        // Elsewhere (macOS) Thread.Priority is ignored and nice values are per process, so the thread stays as it is.
    }

    /// <summary>
    /// .NET's Thread.Priority does nothing on Linux (dotnet/runtime#91165), but Linux keeps a nice value per thread, and
    /// <c>setpriority</c> for "process" 0 sets the calling thread's. Relative to the current value, so a CareBot started
    /// with <c>nice</c> is lowered further rather than raised; raising would need a privilege anyway.
    /// </summary>
    private static void LowerOnLinux()
    {
        try
        {
            var current = GetPriority(PrioProcess, 0);
            if (current == -1 && Marshal.GetLastPInvokeError() != 0)
            {
                return;
            }

            _ = SetPriority(PrioProcess, 0, Math.Min(current + NiceSteps, LowestNice));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A libc without these (not glibc or musl): the thread keeps its priority.
        }
    }

    [LibraryImport("libc", EntryPoint = "getpriority", SetLastError = true)]
    private static partial int GetPriority(int which, uint who);

    [LibraryImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static partial int SetPriority(int which, uint who, int prio);
}
