using Microsoft.Extensions.Hosting;

namespace CareBot.ConsoleAdapter;

/// <summary>Runs a console session on standard input and output; when input ends, the host stops.</summary>
public sealed class ConsoleAdapterService(ConsoleSession session, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interactive = !Console.IsInputRedirected;
        if (interactive)
        {
            await Console.Error.WriteLineAsync("CareBot console. Type e.g. `alice: /offer rides to appointments` or `bob@dm: /help`; Ctrl-D to quit.");
        }

        try
        {
            await session.RunAsync(Console.In, Console.Out, Console.Error, interactive, stoppingToken);
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
