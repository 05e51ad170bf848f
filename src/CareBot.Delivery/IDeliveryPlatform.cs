using CareBot.Core.Outbox;

namespace CareBot.Delivery;

/// <summary>
/// What a chat platform plugs into the delivery pipeline: how to send one outbox message there, and the limits that
/// platform sets. The pipeline owns everything else (lanes, pacing, retries, recording outcomes).
/// </summary>
public interface IDeliveryPlatform
{
    /// <summary>The platform's id in the outbox (<see cref="Core.Platforms.KnownPlatforms"/>).</summary>
    string Platform { get; }

    /// <summary>The platform's rate limits; read once, when delivery starts.</summary>
    DeliveryLimits Limits { get; }

    /// <summary>Completes once the platform can be sent to (Telegram: the bot knows its own name, used in links).</summary>
    Task WaitUntilReadyAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Sends every part of <paramref name="message"/>, calling <see cref="DeliveryTurn.BeforeCallAsync"/> before each
    /// request to the platform, and says what became of it. A shutdown (<paramref name="stoppingToken"/>) stops it only
    /// before its first request: one under way is finished, or it would be sent again after the restart.
    /// </summary>
    Task<DeliveryVerdict> SendAsync(OutboxMessage message, DeliveryTurn turn, CancellationToken stoppingToken);

    /// <summary>The platform refused the bot's credentials: nothing can be sent; the platform stops its adapter.</summary>
    void CredentialsRejected(string reason);
}
