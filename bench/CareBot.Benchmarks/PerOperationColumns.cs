using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace CareBot.Benchmarks;

/// <summary>
/// Every measurement is one command, so the statistics describe single commands: the median the goal is set on,
/// and the 90th percentile, which shows the commands that paid for a checkpoint or a garbage collection.
/// </summary>
internal sealed class PerOperationColumns : ManualConfig
{
    public PerOperationColumns() => AddColumn(StatisticColumn.P90);
}
