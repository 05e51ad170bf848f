using System.Runtime.InteropServices;

namespace CareBot.Storage.Contract.Tests.Support;

/// <summary>Unix signals .NET has no API for: <see cref="System.Diagnostics.Process.Kill()"/> only sends SIGKILL.</summary>
internal static partial class Signals
{
    private const int SigQuit = 3;

    /// <summary>SIGQUIT; true when it was delivered.</summary>
    public static bool Quit(int pid) => Kill(pid, SigQuit) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
