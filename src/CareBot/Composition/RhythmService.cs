using CareBot.Core.Cluster;
using CareBot.Core.Engine;

namespace CareBot.Composition;

/// <summary>
/// Wakes every half minute to run whatever rhythms are due; a failure is logged and tried again next time. Among several
/// instances, only the one leading <see cref="LeaderRoles.Rhythms"/> runs them, so nobody is reminded twice; when it
/// loses the lead it stops, and waits to lead again.
/// </summary>
internal sealed partial class RhythmService(CareEngine engine, ILeadership leadership, TimeProvider time, ILogger<RhythmService> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await leadership.LeadAsync(LeaderRoles.Rhythms, RunAsync, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunAsync(CancellationToken leading)
    {
        using var timer = new PeriodicTimer(Period, time);
        try
        {
            do
            {
                try
                {
                    await engine.Rhythms.RunDueAsync(leading);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogRhythmFailed(e);
                }
            }
            while (await timer.WaitForNextTickAsync(leading));
        }
        catch (OperationCanceledException) when (leading.IsCancellationRequested)
        {
            // The lead is lost or the host stops: the caller decides which.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Running due rhythms failed; trying again on the next tick")]
    private partial void LogRhythmFailed(Exception exception);
}
