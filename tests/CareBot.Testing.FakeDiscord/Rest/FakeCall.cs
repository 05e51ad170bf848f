using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>A request matched to a route: its path values, its JSON (or payload_json), its files, and when it arrived.</summary>
internal sealed record FakeCall(FakeRestState State, IReadOnlyDictionary<string, string> Values, JsonNode? Json, IReadOnlyList<RecordedFile> Files, DateTimeOffset ReceivedAt)
{
    public ulong Id(string name) => ulong.TryParse(Values[name], out var id) ? id : 0;

    public JsonObject Body => Json as JsonObject ?? [];
}
