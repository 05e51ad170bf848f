using System.Text.Json.Serialization;

namespace CareBot.Discord.Api.Gateway;

/// <summary>The data of op 2 Identify.</summary>
internal sealed record IdentifyData(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("intents")] int Intents,
    [property: JsonPropertyName("properties")] IdentifyProperties Properties);
