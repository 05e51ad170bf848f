using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>What the fake will answer: a status and JSON body (null for 204), extra headers, or a dropped connection.</summary>
internal sealed record FakeRestAnswer(int Status, JsonNode? Body)
{
    public Dictionary<string, string> Headers { get; } = [];

    public bool Drop { get; init; }

    public static FakeRestAnswer Ok(JsonNode body) => new(200, body);

    public static FakeRestAnswer NoContent() => new(204, null);
}
