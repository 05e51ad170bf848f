namespace CareBot.Discord.Tests.Load;

/// <summary>
/// A load run, not a unit test: it takes minutes and measures rather than checks timings, so it is skipped, saying how
/// to run it, unless CAREBOT_LOAD_BENCHMARK=1 (CI never sets it). See docs/benchmarks.md.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LoadFactAttribute : FactAttribute
{
    public const string Switch = "CAREBOT_LOAD_BENCHMARK";

    public LoadFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Switch) != "1")
        {
            Skip = $"A load benchmark; run it with {Switch}=1.";
        }
    }
}
