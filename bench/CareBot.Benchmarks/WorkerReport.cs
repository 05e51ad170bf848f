namespace CareBot.Benchmarks;

/// <summary>
/// What one cluster worker measured, printed as one JSON line for <see cref="ClusterRun"/>: per command kind, and how
/// many of its writes found that another instance had written since (each one reloads the community's working set).
/// </summary>
internal sealed record WorkerReport(int Instance, double Seconds, Dictionary<string, CommandTimings> Commands, long ChangesElsewhere);
