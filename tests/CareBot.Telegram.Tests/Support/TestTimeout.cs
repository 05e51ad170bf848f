namespace CareBot.Telegram.Tests.Support;

/// <summary>
/// Ceilings on waits for something the bot does (a message, a poll, a process starting), so a bot that never answers
/// fails its test instead of hanging the run. Every wait ends as soon as what it waits for happens; the ceilings are
/// reached only when something is wrong, so they are generous: on a loaded 2-core machine, where several builds and
/// test runs share the cores, starting a .NET process alone has taken more than 20 seconds.
/// </summary>
internal static class TestTimeout
{
    public static readonly TimeSpan Wait = TimeSpan.FromMinutes(2);

    /// <summary>Bounds a whole test's waits together; longer than <see cref="Wait"/>, which bounds each one.</summary>
    public static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromMinutes(5)).Token;
}
