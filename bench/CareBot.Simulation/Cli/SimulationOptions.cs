using System.Globalization;
using CareBot.Simulation.Policies;

namespace CareBot.Simulation.Cli;

/// <summary>What to simulate, from the command line: <c>--members 200 --days 90 --seeds 5 [--charts docs] [--sweep] [--sensitivity]</c>.</summary>
internal sealed record SimulationOptions
{
    public int Members { get; init; } = 200;

    public int Days { get; init; } = 90;

    public int Seeds { get; init; } = 5;

    public int FirstSeed { get; init; } = 1;

    public IReadOnlyList<AskingPolicy> Policies { get; init; } = AskingPolicy.Compared;

    /// <summary>Where to write the charts (PNG); none when not given.</summary>
    public string? ChartsFolder { get; init; }

    /// <summary>Try other defaults for CareBot's waves, daily limit and cap, and show each against broadcast.</summary>
    public bool Sweep { get; init; }

    /// <summary>Rerun the comparison with the model's most influential guesses changed.</summary>
    public bool Sensitivity { get; init; }

    public const string Usage =
        "usage: CareBot.Simulation [--members 200] [--days 90] [--seeds 5] [--first-seed 1] [--policies carebot,broadcast,dispatcher]\n" +
        "                          [--charts <folder>] [--sweep] [--sensitivity]";

    public static SimulationOptions? Parse(IReadOnlyList<string> args, TextWriter errors)
    {
        var options = new SimulationOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--members" when Number(value) is > 1 and var members:
                    options = options with { Members = members };
                    i++;
                    break;
                case "--days" when Number(value) is >= 7 and var days:
                    options = options with { Days = days };
                    i++;
                    break;
                case "--seeds" when Number(value) is >= 1 and var seeds:
                    options = options with { Seeds = seeds };
                    i++;
                    break;
                case "--first-seed" when Number(value) is { } first:
                    options = options with { FirstSeed = first };
                    i++;
                    break;
                case "--policies" when value is not null && PoliciesFrom(value) is { } policies:
                    options = options with { Policies = policies };
                    i++;
                    break;
                case "--charts" when value is not null:
                    options = options with { ChartsFolder = value };
                    i++;
                    break;
                case "--sweep":
                    options = options with { Sweep = true };
                    break;
                case "--sensitivity":
                    options = options with { Sensitivity = true };
                    break;
                default:
                    errors.WriteLine($"I don't understand \"{args[i]}\"{(value is null ? "" : $" {value}")}.");
                    errors.WriteLine(Usage);
                    return null;
            }
        }

        return options;
    }

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static IReadOnlyList<AskingPolicy>? PoliciesFrom(string text)
    {
        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var chosen = AskingPolicy.Compared.Where(p => names.Contains(p.Name, StringComparer.OrdinalIgnoreCase)).ToList();
        return chosen.Count == names.Length && chosen.Count > 0 ? chosen : null;
    }
}
