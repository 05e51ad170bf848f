using CareBot.Discord.Api.Gateway;
using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest;

namespace CareBot.Discord.Api.Tests.Gateway;

/// <summary>Answers <c>GET /gateway/bot</c> as the test sets it: the fake's address and a session start limit.</summary>
internal sealed class StubBotSource(Uri gatewayUrl) : IGatewayBotSource
{
    public SessionStartLimit Limit { get; set; } = Budget(remaining: 1000, resetAfter: TimeSpan.FromHours(24));

    public int Asked { get; private set; }

    public static SessionStartLimit Budget(int remaining, TimeSpan resetAfter) => new()
    {
        Total = 1000,
        Remaining = remaining,
        ResetAfter = (long)resetAfter.TotalMilliseconds,
        MaxConcurrency = 1,
    };

    public Task<DiscordResult<GatewayBot>> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        Asked++;
        return Task.FromResult(DiscordResult<GatewayBot>.Success(new GatewayBot { Url = gatewayUrl, Shards = 1, SessionStartLimit = Limit }));
    }
}
