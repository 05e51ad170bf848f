using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace CareBot.Discord.Api.Gateway;

/// <summary>What every connection of one client shares: settings, clock, randomness, the identify gate, and the queues in and out.</summary>
internal sealed record GatewayRunContext(
    string Token,
    DiscordGatewayOptions Options,
    TimeProvider Time,
    Random Random,
    IdentifyGate IdentifyGate,
    ChannelWriter<GatewayDispatch> Inbox,
    ChannelReader<OutgoingPayload> Outbox,
    ILogger Logger);
