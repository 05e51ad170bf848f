using System.Text.Json;

namespace CareBot.Testing.FakeDiscord.Gateway;

/// <summary>A payload the client sent: on which connection (numbered from 1), when by the test's clock (since the fake started), its opcode and the whole payload.</summary>
public sealed record ReceivedGatewayFrame(int Connection, TimeSpan At, int Opcode, JsonElement Payload)
{
    public JsonElement Data => Payload.TryGetProperty("d", out var data) ? data : default;

    public override string ToString() => $"#{Connection} op {Opcode} at {At}: {Payload.GetRawText()}";
}
