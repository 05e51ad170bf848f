namespace CareBot.Discord.Api.Models;

/// <summary>The answer of <c>GET /gateway/bot</c>: where to connect, how many shards, how many sessions may start.</summary>
public sealed record GatewayBot
{
    public required Uri Url { get; init; }

    public int Shards { get; init; }

    public required SessionStartLimit SessionStartLimit { get; init; }
}
