using CareBot.Simulation.Community;
using CareBot.Simulation.Metrics;
using CareBot.Simulation.Model;
using CareBot.Simulation.Policies;
using CareBot.Simulation.Running;

namespace CareBot.Simulation.Tests.Support;

/// <summary>
/// Short runs of a small, busy community on the real engine (30 members, a week), each made once and shared by the
/// tests that read it, all started at once so they overlap: a run takes seconds, and the tests must stay quick on a busy
/// machine.
/// </summary>
public sealed class SmallCommunityRuns
{
    public const int Seed = 2;

    /// <summary>A busier small group than the default, so a week holds enough needs to tell policies apart.</summary>
    public static readonly SimulationModel Busy = SimulationModel.Default with { NeedsPerMemberPerDay = 0.06 };

    internal Task<RunResult> CareBot { get; } = Task.Run(() => RunAsync(AskingPolicy.CareBot));

    internal Task<RunResult> CareBotAgain { get; } = Task.Run(() => RunAsync(AskingPolicy.CareBot));

    internal Task<RunResult> Broadcast { get; } = Task.Run(() => RunAsync(AskingPolicy.Broadcast));

    internal static SimCommunity Community(int seed) => CommunityGenerator.Generate(Busy, members: 30, days: 7, seed);

    private static Task<RunResult> RunAsync(AskingPolicy policy) =>
        new CommunitySimulation(Community(Seed), policy, Busy, Seed).RunAsync(CancellationToken.None);
}
