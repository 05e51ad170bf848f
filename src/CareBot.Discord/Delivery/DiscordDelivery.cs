using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Delivery;
using CareBot.Discord.Api.Gateway;
using CareBot.Discord.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareBot.Discord.Delivery;

/// <summary>Discord, plugged into the shared delivery pipeline: its limits, its sender, and what its answers mean for a message.</summary>
internal sealed partial class DiscordDelivery(
    DiscordMessageSender sender,
    IOptions<DiscordOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordDelivery> logger) : IDeliveryPlatform
{
    public string Platform => KnownPlatforms.Discord;

    public DeliveryLimits Limits
    {
        get
        {
            var limits = options.Value.Limits;
            return new DeliveryLimits(
                PerDestination: new RateWindow(limits.ChannelMessages, limits.ChannelWindow),
                PerGroup: RateWindow.None,
                PerBot: new RateWindow(limits.RequestsPerSecond, TimeSpan.FromSeconds(1)));
        }
    }

    public Task WaitUntilReadyAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<DeliveryVerdict> SendAsync(OutboxMessage message, DeliveryTurn turn, CancellationToken stoppingToken)
    {
        var result = await sender.SendAsync(message, turn, stoppingToken);
        var reason = result.Error?.ToString() ?? result.Verdict.ToString();
        return result.Verdict switch
        {
            DiscordSendVerdict.Delivered => DeliveryVerdict.Sent,

            // Closed DMs: the member still sees an ephemeral answer to their next command, so that is where they are told.
            DiscordSendVerdict.Unreachable => DeliveryVerdict.Hold(UnreachableNotice.TellAtNextCommand, reason),
            DiscordSendVerdict.RetryLater => DeliveryVerdict.RetryLater(message, result.RetryAfter, reason),

            // No channel for posts yet: tried again, less and less often, until an admin picks one with /setup.
            DiscordSendVerdict.NoChannel => DeliveryVerdict.RetryLater(message, retryAfter: null, "the server has no channel for posts yet"),
            DiscordSendVerdict.Unauthorized => DeliveryVerdict.Fatal(reason),
            _ => DeliveryVerdict.Fail(reason),
        };
    }

    public void CredentialsRejected(string reason)
    {
        LogTokenRejected(reason);
        Environment.ExitCode = DiscordGatewayService.FatalExitCode;
        lifetime.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord refused the bot token when sending ({Reason}); CareBot stops")]
    private partial void LogTokenRejected(string reason);
}
