using CareBot.Core.Engine;

namespace CareBot.Composition;

/// <summary>Wakes every half minute to run whatever rhythms are due; a failure is logged and tried again next time.</summary>
internal sealed partial class RhythmService(CareEngine engine, TimeProvider time, ILogger<RhythmService> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        do
        {
            try
            {
                await engine.Rhythms.RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRhythmFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Running due rhythms failed; trying again on the next tick")]
    private partial void LogRhythmFailed(Exception exception);
}
