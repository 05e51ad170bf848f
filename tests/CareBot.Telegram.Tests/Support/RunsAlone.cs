namespace CareBot.Telegram.Tests.Support;

/// <summary>
/// Tests that keep both cores busy for many seconds run after the others, not beside them: tests that measure pacing
/// against the wall clock would otherwise fail on a busy machine for reasons of their neighbour's.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "runs alone";
}
