using System.Text.Json.Serialization;

namespace CareBot.Discord.Api.Gateway;

/// <summary>The data of op 6 Resume: which session, and the last sequence the client received.</summary>
internal sealed record ResumeData(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("seq")] int? Sequence);
