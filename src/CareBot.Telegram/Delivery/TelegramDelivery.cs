using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Delivery;
using CareBot.Telegram.Api;
using CareBot.Telegram.Hosting;
using Microsoft.Extensions.Options;

namespace CareBot.Telegram.Delivery;

/// <summary>Telegram, plugged into the shared delivery pipeline: its documented limits, its sender, and what its answers mean.</summary>
internal sealed class TelegramDelivery(MessageSender sender, BotIdentitySource identity, TelegramShutdown shutdown, IOptions<TelegramOptions> options)
    : IDeliveryPlatform
{
    private BotIdentity? _bot;

    public string Platform => KnownPlatforms.Telegram;

    public DeliveryLimits Limits
    {
        get
        {
            var limits = options.Value.Limits;
            return new DeliveryLimits(
                PerDestination: RateWindow.OnePer(limits.PerChatInterval),
                PerGroup: new RateWindow(limits.GroupMessagesPerMinute, TimeSpan.FromMinutes(1)),
                PerBot: new RateWindow(limits.MessagesPerSecond, TimeSpan.FromSeconds(1)));
        }
    }

    /// <summary>Links and buttons that open the bot's private chat need its username, known once it connected.</summary>
    public async Task WaitUntilReadyAsync(CancellationToken cancellationToken) => _bot = await identity.WaitAsync(cancellationToken);

    public async Task<DeliveryVerdict> SendAsync(OutboxMessage message, DeliveryTurn turn, CancellationToken stoppingToken)
    {
        var bot = _bot ?? throw new InvalidOperationException("Telegram delivery started before the bot connected.");
        var sent = await sender.SendAsync(message, turn, bot, stoppingToken);
        return TelegramVerdicts.For(sent.Failure, message, sent.MessageIds);
    }

    public void CredentialsRejected(string reason) => shutdown.Stop(TelegramMessages.TokenRejected);
}
