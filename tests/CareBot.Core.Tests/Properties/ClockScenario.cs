namespace CareBot.Core.Tests.Properties;

/// <summary>A generated run: the group's agreements, then steps; printed one step a line when a property fails.</summary>
public sealed record ClockScenario(GroupSetup Setup, IReadOnlyList<CareStep> Steps)
{
    public static IEnumerable<ClockScenario> Shorter(ClockScenario scenario) =>
        Shrinking.Shorter(scenario.Steps).Select(steps => scenario with { Steps = steps });

    public override string ToString() => $"{Setup}\n{string.Join("\n", Steps)}";
}
