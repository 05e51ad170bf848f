using CareBot.Simulation.Cli;
using CareBot.Simulation.Model;
using CareBot.Simulation.Report;
using CareBot.Simulation.Running;

namespace CareBot.Simulation;

/// <summary>The simulator's one command: compare the policies (or sweep CareBot's defaults) and print the results as Markdown.</summary>
internal static class SimulationCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (SimulationOptions.Parse(args, Console.Error) is not { } options)
        {
            return 2;
        }

        var seeds = Enumerable.Range(options.FirstSeed, options.Seeds).ToList();
        var model = SimulationModel.Default;
        Console.Error.WriteLine($"{options.Members} members, {options.Days} days, seeds {seeds[0]}–{seeds[^1]}");
        if (options.Sweep)
        {
            await DefaultsSweep.RunAsync(model, options.Members, options.Days, seeds, Console.Out, Console.Error, cancellationToken);
            return 0;
        }

        var summaries = await Comparison.RunAsync(model, options.Policies, options.Members, options.Days, seeds, Console.Error, cancellationToken);
        Console.WriteLine(ResultsTable.Markdown(summaries));
        Console.WriteLine(ResultsTable.Ranges(summaries));
        Console.WriteLine(GoalCheck.Describe(summaries));
        if (options.ChartsFolder is { } folder)
        {
            Directory.CreateDirectory(folder);
            foreach (var written in Charts.Write(summaries, folder))
            {
                Console.Error.WriteLine($"wrote {written}");
            }
        }

        if (options.Sensitivity)
        {
            await SensitivityRuns.RunAsync(options.Policies, options.Members, options.Days, seeds, Console.Out, Console.Error, cancellationToken);
        }

        return 0;
    }
}
