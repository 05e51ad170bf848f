namespace CareBot.Discord.Api.Gateway;

/// <summary>What <c>GET /gateway/bot</c> answers: where to connect, the recommended shard count and the session start limit.</summary>
public sealed record GatewayBotInfo(Uri Url, int Shards, SessionStartLimit SessionStartLimit);
