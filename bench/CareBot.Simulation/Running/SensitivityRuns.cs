using System.Globalization;
using System.Text;
using CareBot.Simulation.Model;
using CareBot.Simulation.Policies;

namespace CareBot.Simulation.Running;

/// <summary>
/// The comparison again with the model's most influential guesses changed, one at a time: does the ranking of the
/// policies survive if the guess is wrong? Each variant says what it changes and why it matters.
/// </summary>
internal static class SensitivityRuns
{
    public static IReadOnlyList<(string Name, SimulationModel Model)> Variants { get; } =
    [
        ("no diffusion of responsibility (a ping to 40 is answered like a ping to 1)", SimulationModel.Default with { DiffusionStrength = 0 }),
        ("nobody drifts away or takes a week off from overload", SimulationModel.Default with { DriftChancePerExcessAsk = 0, OverloadBreakChance = 0 }),
        ("both", SimulationModel.Default with { DiffusionStrength = 0, DriftChancePerExcessAsk = 0, OverloadBreakChance = 0 }),
        ("both, and no fatigue either (being asked often never lowers willingness): broadcast's best case",
            SimulationModel.Default with { DiffusionStrength = 0, DriftChancePerExcessAsk = 0, OverloadBreakChance = 0, FatiguePerExtraAsk = 0, RecentAskFactor = 1 }),
        ("more willing members (mean willingness 0.6 instead of 0.4)", SimulationModel.Default with { WillingnessAlpha = 3, WillingnessBeta = 2 }),
        ("twice as many needs (5 a day)", SimulationModel.Default with { NeedsPerMemberPerDay = 0.025 }),
    ];

    public static async Task RunAsync(
        IReadOnlyList<AskingPolicy> policies, int members, int days, IReadOnlyList<int> seeds, TextWriter output, TextWriter progress, CancellationToken cancellationToken)
    {
        var table = new StringBuilder()
            .AppendLine("| model changed | policy | needs met | pings / member / week | Gini of helper load | drifted away |")
            .AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var (name, model) in Variants)
        {
            progress.WriteLine($"sensitivity: {name}");
            foreach (var s in await Comparison.RunAsync(model, policies, members, days, seeds, progress, cancellationToken))
            {
                table.AppendLine(
                    CultureInfo.InvariantCulture,
                    $"| {name} | {s.Policy} | {s.MetShare.Format("0.0", 100)} % | {s.PingsPerWeekMean.Format("0.00")} | {s.HelperGini.Format("0.00")} | {s.Drifted.Format("0.0")} |");
            }
        }

        output.WriteLine(table.ToString());
    }
}
