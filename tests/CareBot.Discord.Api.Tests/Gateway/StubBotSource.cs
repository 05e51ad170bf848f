using CareBot.Discord.Api.Gateway;

namespace CareBot.Discord.Api.Tests.Gateway;

/// <summary>Answers <c>GET /gateway/bot</c> as the test sets it: the fake's address and a session start limit.</summary>
internal sealed class StubBotSource(Uri gatewayUrl) : IGatewayBotSource
{
    public SessionStartLimit Limit { get; set; } = new(1000, 1000, TimeSpan.FromHours(24), 1);

    public int Asked { get; private set; }

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        Asked++;
        return Task.FromResult(new GatewayBotInfo(gatewayUrl, 1, Limit));
    }
}
