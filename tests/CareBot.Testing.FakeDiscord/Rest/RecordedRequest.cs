using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>One request as the fake received it, and the status it answered (0 when the connection was dropped).</summary>
public sealed record RecordedRequest
{
    public required string Method { get; init; }

    public required string Path { get; init; }

    /// <summary>The route template it matched ("POST /channels/{channel_id}/messages"), or the raw path when none did.</summary>
    public required string Route { get; init; }

    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>The JSON body, or a multipart request's <c>payload_json</c>.</summary>
    public JsonNode? Json { get; init; }

    public bool IsMultipart { get; init; }

    public IReadOnlyList<RecordedFile> Files { get; init; } = [];

    public required DateTimeOffset ReceivedAt { get; init; }

    public int Status { get; set; }

    /// <summary>The JSON the fake answered with, for checking its shape against openapi.json.</summary>
    public JsonNode? ResponseJson { get; set; }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
