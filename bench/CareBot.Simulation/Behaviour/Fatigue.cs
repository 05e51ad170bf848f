using CareBot.Simulation.Model;

namespace CareBot.Simulation.Behaviour;

/// <summary>
/// Notification fatigue: the more often someone was asked lately, the less willing they are, and past their tolerance
/// each further request risks a break or their drifting away.
/// </summary>
internal sealed class Fatigue(SimulationModel model)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    /// <summary>Requests received in the week up to <paramref name="at"/>, this one included.</summary>
    public static int AsksInWindow(IReadOnlyList<DateTimeOffset> askedAt, DateTimeOffset at)
    {
        var count = 0;
        for (var i = askedAt.Count - 1; i >= 0 && askedAt[i] > at - Window; i--)
        {
            count += askedAt[i] <= at ? 1 : 0;
        }

        return count;
    }

    /// <summary>How long before the latest request up to <paramref name="at"/> the one before it came; null if there was none.</summary>
    public static TimeSpan? GapBeforeLatest(IReadOnlyList<DateTimeOffset> askedAt, DateTimeOffset at)
    {
        var latest = -1;
        for (var i = askedAt.Count - 1; i >= 0; i--)
        {
            if (askedAt[i] <= at)
            {
                latest = i;
                break;
            }
        }

        return latest >= 1 ? askedAt[latest] - askedAt[latest - 1] : null;
    }

    /// <summary>What is left of willingness after <paramref name="asksInWindow"/> requests in a week (1 when rested).</summary>
    public double Factor(int asksInWindow, TimeSpan? sinceAskBefore)
    {
        var extra = Math.Max(0, asksInWindow - model.FreeAsksPerWeek);
        var factor = Math.Pow(1 - model.FatiguePerExtraAsk, extra);
        return sinceAskBefore is { } since && since.TotalHours < model.RecentAskHours ? factor * model.RecentAskFactor : factor;
    }

    /// <summary>Requests beyond the member's weekly tolerance, each of which risks a break or drifting away.</summary>
    public static int Excess(int asksInWindow, int tolerance) => Math.Max(0, asksInWindow - tolerance);
}
