namespace CareBot.Simulation.Running;

internal static class SensitivityRuns
{
    public static Task RunAsync(IReadOnlyList<Policies.AskingPolicy> policies, int members, int days, IReadOnlyList<int> seeds, TextWriter output, TextWriter progress, CancellationToken cancellationToken) => Task.CompletedTask;
}
