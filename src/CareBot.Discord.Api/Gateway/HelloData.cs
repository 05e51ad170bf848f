using System.Text.Json.Serialization;

namespace CareBot.Discord.Api.Gateway;

/// <summary>The data of op 10 Hello.</summary>
internal sealed record HelloData([property: JsonPropertyName("heartbeat_interval")] int HeartbeatIntervalMilliseconds);
