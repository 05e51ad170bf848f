using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest;

namespace CareBot.Discord.Api.Gateway;

/// <summary>
/// Asks Discord where the gateway is and how many session starts are left (<c>GET /gateway/bot</c>).
/// The gateway asks before every Identify so the budget it respects is fresh. A failure is a value:
/// the gateway tries again after a backoff, or stops when the token was refused.
/// </summary>
public interface IGatewayBotSource
{
    Task<DiscordResult<GatewayBot>> GetGatewayBotAsync(CancellationToken cancellationToken);
}
