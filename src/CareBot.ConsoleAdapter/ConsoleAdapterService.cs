using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareBot.ConsoleAdapter;

/// <summary>
/// Runs a console session on standard input and output; when input ends, the host stops. A bug that ends
/// the session early is logged and makes the host exit non-zero, so a script can tell it apart from success.
/// </summary>
public sealed partial class ConsoleAdapterService(
    ConsoleSession session,
    ConsoleStreams streams,
    ConsoleOutcome outcome,
    IHostApplicationLifetime lifetime,
    ILogger<ConsoleAdapterService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (streams.Interactive)
        {
            await streams.Diagnostics.WriteLineAsync("CareBot console. Type e.g. `alice: /offer rides to appointments` or `bob@dm: /help`; Ctrl-D to quit.");
        }

        try
        {
            await session.RunAsync(streams.Input, streams.Output, streams.Diagnostics, streams.Interactive, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogSessionFailed(e);
            outcome.Fail();
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The console session stopped on an unexpected error")]
    private partial void LogSessionFailed(Exception exception);
}
