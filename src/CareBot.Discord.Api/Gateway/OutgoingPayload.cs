using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareBot.Discord.Api.Gateway;

/// <summary>A payload the client sends: an opcode and its data (a null <c>d</c> is written, as a first heartbeat needs).</summary>
public sealed record OutgoingPayload(
    [property: JsonPropertyName("op")] GatewayOpcode Opcode,
    [property: JsonPropertyName("d")] JsonElement? Data);
