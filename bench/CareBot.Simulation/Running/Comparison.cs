using CareBot.Core.Communities;
using CareBot.Simulation.Community;
using CareBot.Simulation.Metrics;
using CareBot.Simulation.Model;
using CareBot.Simulation.Policies;

namespace CareBot.Simulation.Running;

/// <summary>Every policy on the same generated community, seed by seed.</summary>
internal static class Comparison
{
    public static async Task<IReadOnlyList<PolicySummary>> RunAsync(
        SimulationModel model, IReadOnlyList<AskingPolicy> policies, int members, int days, IEnumerable<int> seeds, TextWriter progress, CancellationToken cancellationToken)
    {
        var runs = policies.ToDictionary(p => p, _ => new List<RunResult>());
        foreach (var seed in seeds)
        {
            var community = CommunityGenerator.Generate(model, members, days, seed);
            foreach (var policy in policies)
            {
                var result = await new CommunitySimulation(community, policy, model, seed).RunAsync(cancellationToken);
                runs[policy].Add(result);
                progress.WriteLine(
                    $"  seed {seed,3} {policy.Name,-22} met {result.NeedsMet,3}/{result.NeedsJudged,-3} ({result.MetShare:P0})  " +
                    $"pings/member/week {result.PingsPerWeekMean:0.00}  Gini {result.HelperGini:0.00}  drifted {result.Drifted,2}  " +
                    (result.NotPosted > 0 ? $"NOT POSTED {result.NotPosted}  " : "") +
                    $"{result.WallTime.TotalSeconds:0.0} s");
            }
        }

        var defaults = new Agreements();
        return [.. policies.Select(p => new PolicySummary(p.Name, p.Describe(defaults), runs[p]))];
    }
}
