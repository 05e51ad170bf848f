using CareBot.Core.Cluster;
using CareBot.Discord.Api.Gateway;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareBot.Discord.Hosting;

/// <summary>
/// Holds the Discord gateway while this instance leads <see cref="Role"/>: Discord's events must reach one instance
/// alone, or each would be handled as many times as there are instances. Each lead connects a new gateway client (a
/// client runs once) and hands its events to the <see cref="DiscordEventReader"/>; when the lead is lost the client
/// closes its connection and this instance waits to lead again. On a LiteDB file, the only instance leads at once.
/// A close that reconnecting cannot fix (a refused token) stops the host, as it does with one instance.
/// </summary>
internal sealed partial class DiscordGatewayLeader(
    IServiceProvider services,
    ILeadership leadership,
    DiscordEventReader events,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordGatewayLeader> logger) : BackgroundService
{
    public const string Role = "discord-gateway";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var fatal = false;
            while (!fatal && !stoppingToken.IsCancellationRequested)
            {
                await leadership.LeadAsync(Role, async leading => fatal = await HoldAsync(leading, stoppingToken), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One lead: connected until it ends; true when Discord refused the bot for good (and the host is stopping).</summary>
    private async Task<bool> HoldAsync(CancellationToken leading, CancellationToken stoppingToken)
    {
        var client = ActivatorUtilities.CreateInstance<DiscordGatewayClient>(services);
        var reading = events.ReadAsync(client.Events, stoppingToken);
        var stopped = await client.RunAsync(leading);
        await reading;
        if (!stoppingToken.IsCancellationRequested && stopped.FatalCloseCode is null)
        {
            LogLeadLost();
        }

        return DiscordGatewayService.StopHostIfFatal(stopped, lifetime, logger);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "This instance no longer leads the Discord gateway; its connection is closed, and it waits to lead again")]
    private partial void LogLeadLost();
}
