namespace CareBot.Discord.Api.Gateway;

/// <summary>
/// Asks Discord where the gateway is and how many session starts are left (<c>GET /gateway/bot</c>).
/// Implemented over REST; the gateway asks before every Identify so the budget it respects is fresh.
/// A failure may throw: the gateway treats it as a network hiccup and tries again after a backoff.
/// </summary>
public interface IGatewayBotSource
{
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken);
}
