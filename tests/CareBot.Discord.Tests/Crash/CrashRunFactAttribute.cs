namespace CareBot.Discord.Tests.Crash;

/// <summary>
/// A crash run, not a unit test: it kills the host five times over a few minutes, so it is skipped unless
/// CAREBOT_CRASH_TEST=1 (CI never sets it). See docs/reliability.md.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CrashRunFactAttribute : FactAttribute
{
    public const string Switch = "CAREBOT_CRASH_TEST";

    public CrashRunFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Switch) != "1")
        {
            Skip = $"A crash run that kills the host five times (a few minutes); run it with {Switch}=1.";
        }
    }
}
