using CareBot.Simulation.Community;
using CareBot.Simulation.Metrics;

namespace CareBot.Simulation.Running;

/// <summary>Turns what happened in a run into its <see cref="RunResult"/>.</summary>
internal static class RunResults
{
    public static RunResult Of(
        string policy, int seed, SimCommunity community, IReadOnlyList<MemberState> members, IReadOnlyList<RunNeed> needs, RunCounters counters, TimeSpan wallTime)
    {
        var weeks = community.Days / 7.0;
        var offerers = members.Where(m => m.Member.OffersAnything).ToList();
        var judged = needs.Where(n => n.Plan.Deadline <= community.End).ToList();
        var days = Enumerable.Range(1, community.Days).Select(d => community.Start.AddDays(d)).ToList();
        return new RunResult(
            policy,
            seed,
            members.Count,
            community.Days,
            needs.Count,
            judged.Count,
            judged.Count(n => n.MetAt is not null),
            [.. needs.Where(n => n.FirstClaimAt is not null).Select(n => (n.FirstClaimAt!.Value - n.PostedAt).TotalHours)],
            [.. offerers.Select(m => m.AskedAt.Count / weeks)],
            [.. offerers.Select(m => (double)m.Helps)],
            members.Count(m => m.Drifted),
            counters.OverloadBreaks,
            counters.LateAnswers,
            counters.NotPosted,
            [.. days.Select(end => needs.Count(n => n.MetAt < end))],
            [.. days.Select(end => needs.Count(n => n.PostedAt < end))],
            wallTime);
    }
}
