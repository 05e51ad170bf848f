namespace CareBot.Benchmarks;

/// <summary>
/// What one cluster worker measured, printed as one JSON line for <see cref="ClusterRun"/>: per command kind, and how
/// many of its writes found that another instance had written since, and of those how many patched the community's
/// working set with the rows changed and how many dropped it to be reloaded.
/// </summary>
internal sealed record WorkerReport(int Instance, double Seconds, Dictionary<string, CommandTimings> Commands, long ChangesElsewhere, long Patched, long Reloaded);
