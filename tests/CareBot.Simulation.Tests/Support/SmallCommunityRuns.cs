using CareBot.Simulation.Community;
using CareBot.Simulation.Metrics;
using CareBot.Simulation.Model;
using CareBot.Simulation.Policies;
using CareBot.Simulation.Running;

namespace CareBot.Simulation.Tests.Support;

/// <summary>
/// Short runs of a small, busy community on the real engine (30 members, a week), each made once and shared by the
/// tests that read it: a run takes seconds, and the tests must stay quick on a busy machine.
/// </summary>
public sealed class SmallCommunityRuns
{
    public const int Seed = 2;

    /// <summary>A busier small group than the default, so a week holds enough needs to tell policies apart.</summary>
    public static readonly SimulationModel Busy = SimulationModel.Default with { NeedsPerMemberPerDay = 0.06 };

    private readonly Lazy<Task<RunResult>> _carebot = new(() => RunAsync(AskingPolicy.CareBot));
    private readonly Lazy<Task<RunResult>> _carebotAgain = new(() => RunAsync(AskingPolicy.CareBot));
    private readonly Lazy<Task<RunResult>> _broadcast = new(() => RunAsync(AskingPolicy.Broadcast));

    internal Task<RunResult> CareBot => _carebot.Value;

    internal Task<RunResult> CareBotAgain => _carebotAgain.Value;

    internal Task<RunResult> Broadcast => _broadcast.Value;

    internal static SimCommunity Community(int seed) => CommunityGenerator.Generate(Busy, members: 30, days: 7, seed);

    private static Task<RunResult> RunAsync(AskingPolicy policy) =>
        new CommunitySimulation(Community(Seed), policy, Busy, Seed).RunAsync(CancellationToken.None);
}
