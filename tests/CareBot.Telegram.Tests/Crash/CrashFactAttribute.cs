using System.Runtime.CompilerServices;
using CareBot.Telegram.Tests.Support;

namespace CareBot.Telegram.Tests.Crash;

/// <summary>
/// A crash run, not a unit test: it kills the host five times over a few minutes, so it is skipped unless
/// CAREBOT_CRASH_TEST=1 (CI never sets it). See docs/reliability.md.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CrashFactAttribute([CallerMemberName] string test = "", [CallerFilePath] string file = "")
    : OptInFactAttribute(Switch, "A crash run that kills the host five times (a few minutes)", test, file)
{
    public const string Switch = "CAREBOT_CRASH_TEST";
}
