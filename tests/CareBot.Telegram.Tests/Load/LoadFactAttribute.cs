using System.Runtime.CompilerServices;
using CareBot.Telegram.Tests.Support;

namespace CareBot.Telegram.Tests.Load;

/// <summary>
/// A load run, not a unit test: it takes about a minute and measures rather than checks timings, so it is skipped
/// unless CAREBOT_LOAD_BENCHMARK=1 (CI never sets it). See docs/benchmarks.md.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LoadFactAttribute([CallerMemberName] string test = "", [CallerFilePath] string file = "")
    : OptInFactAttribute(Switch, "A load benchmark", test, file)
{
    public const string Switch = "CAREBOT_LOAD_BENCHMARK";
}
