namespace CareBot.Discord.Api.Gateway;

/// <summary>Opens gateway connections. The seam lets tests wrap the real WebSocket transport (to hold a send back, or count open connections).</summary>
public interface IGatewayTransport
{
    /// <summary>Connects to <paramref name="url"/>; <c>null</c> when the network or the server refused, which the client retries after a backoff.</summary>
    Task<IGatewayConnection?> ConnectAsync(Uri url, CancellationToken cancellationToken);
}
