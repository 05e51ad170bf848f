using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeTelegram.State;

/// <summary>An update waiting to be confirmed; its payload is a snapshot taken when it happened, as on the server.</summary>
internal sealed record QueuedUpdate(long UpdateId, string Type, JsonObject Payload)
{
    public JsonObject ToJson() => new() { ["update_id"] = UpdateId, [Type] = Payload.DeepClone() };
}
