using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeTelegram.State;

/// <summary>An update waiting to be confirmed; its payload is a snapshot taken when it happened, as on the server.</summary>
internal sealed record QueuedUpdate(long UpdateId, string Type, JsonObject Payload)
{
    /// <summary>The chat the update happened in (a press on a message not in a chat: its presser), for pushing each chat's updates in order.</summary>
    public string Chat => (Type switch
    {
        "callback_query" => Payload["message"]?["chat"]?["id"] ?? Payload["from"]?["id"],
        _ => Payload["chat"]?["id"],
    })?.ToJsonString() ?? "";

    public JsonObject ToJson() => new() { ["update_id"] = UpdateId, [Type] = Payload.DeepClone() };
}
