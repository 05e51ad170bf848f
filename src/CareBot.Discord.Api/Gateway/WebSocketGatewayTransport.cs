using System.Net.WebSockets;

namespace CareBot.Discord.Api.Gateway;

/// <summary>Connects over <see cref="ClientWebSocket"/>, uncompressed JSON text frames.</summary>
public sealed class WebSocketGatewayTransport : IGatewayTransport
{
    public async Task<IGatewayConnection?> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
            return new WebSocketGatewayConnection(socket);
        }
        catch (Exception e) when (e is WebSocketException or HttpRequestException or IOException)
        {
            socket.Dispose();
            return null;
        }
    }
}
