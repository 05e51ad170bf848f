namespace CareBot.Simulation.Running;

internal static class DefaultsSweep
{
    public static Task RunAsync(Model.SimulationModel model, int members, int days, IReadOnlyList<int> seeds, TextWriter output, TextWriter progress, CancellationToken cancellationToken) => Task.CompletedTask;
}
