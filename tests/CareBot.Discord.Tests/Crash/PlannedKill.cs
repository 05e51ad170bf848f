namespace CareBot.Discord.Tests.Crash;

/// <summary>
/// One kill -9: how long after the host came back (the first: after the members began) it comes. The kills right
/// after a restart land while the new process re-sends what was in flight and hears of its server again.
/// </summary>
internal sealed record PlannedKill(int Number, bool RightAfterRestart, TimeSpan After)
{
    public const int Count = 5;

    /// <summary>Five moments: the second and fourth within a second of the host's return, the others 8 to 20 s in.</summary>
    public static IReadOnlyList<PlannedKill> Draw(Random random) =>
    [
        .. Enumerable.Range(1, Count).Select(number => number % 2 == 0
            ? new PlannedKill(number, true, TimeSpan.FromSeconds(random.NextDouble()))
            : new PlannedKill(number, false, TimeSpan.FromSeconds(8 + (12 * random.NextDouble())))),
    ];
}
