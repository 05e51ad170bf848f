namespace CareBot.Telegram.Tests.Crash;

/// <summary>
/// One kill -9: how long after the host began polling (the first: after the commands began) it comes. The kills right
/// after a restart land while the new process re-sends what was in flight and works through the waiting updates.
/// </summary>
internal sealed record PlannedKill(int Number, bool RightAfterRestart, TimeSpan After)
{
    public const int Count = 5;

    /// <summary>Five moments: the second and fourth within a second of the host's return, the others 5 to 30 s in.</summary>
    public static IReadOnlyList<PlannedKill> Draw(Random random) =>
    [
        .. Enumerable.Range(1, Count).Select(number => number % 2 == 0
            ? new PlannedKill(number, true, TimeSpan.FromSeconds(random.NextDouble()))
            : new PlannedKill(number, false, TimeSpan.FromSeconds(5 + (25 * random.NextDouble())))),
    ];
}
