using System.Text.Json.Serialization;

namespace CareBot.Discord.Api.Gateway;

/// <summary>Source-generated (de)serialisation of the gateway's own payloads; dispatch data stays raw for the typed models.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(OutgoingPayload))]
[JsonSerializable(typeof(IdentifyData))]
[JsonSerializable(typeof(ResumeData))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(int?))]
internal sealed partial class GatewayJsonContext : JsonSerializerContext;
