namespace CareBot.Discord.Api.Gateway;

/// <summary>One whole message from the gateway, or the end of the connection with the close code it ended on (1006 when it just dropped).</summary>
public readonly record struct GatewayFrame(ReadOnlyMemory<byte> Message, int? CloseCode)
{
    public static GatewayFrame Text(ReadOnlyMemory<byte> utf8Json) => new(utf8Json, null);

    public static GatewayFrame Closed(int code) => new(ReadOnlyMemory<byte>.Empty, code);
}
