using System.Text.Json.Serialization;

namespace CareBot.Discord.Api.Gateway;

/// <summary>The part of the READY event the gateway itself needs to resume later.</summary>
internal sealed record ReadyData(
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("resume_gateway_url")] Uri ResumeGatewayUrl);
