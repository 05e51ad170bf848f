using System.Text.Json;

namespace CareBot.Discord.Api.Gateway;

/// <summary>
/// The send side of one connection. Writes go one at a time (a WebSocket allows one send at once).
/// Commands wait for the per-minute budget before they queue for the socket; heartbeats skip the
/// budget and so overtake every waiting command, held back at most by the one frame being written.
/// </summary>
internal sealed class GatewayWire(IGatewayConnection connection, GatewaySendBudget budget) : IDisposable
{
    private readonly SemaphoreSlim socketTurn = new(1, 1);

    public Task<bool> SendHeartbeatAsync(int? lastSequence, CancellationToken cancellationToken)
    {
        var data = JsonSerializer.SerializeToElement(lastSequence, GatewayJsonContext.Default.NullableInt32);
        return WriteAsync(new OutgoingPayload(GatewayOpcode.Heartbeat, data), cancellationToken);
    }

    public async Task<bool> SendCommandAsync(OutgoingPayload payload, CancellationToken cancellationToken)
    {
        await budget.WaitForTurnAsync(cancellationToken);
        return await WriteAsync(payload, cancellationToken);
    }

    public async Task CloseAsync(int code, CancellationToken cancellationToken)
    {
        await socketTurn.WaitAsync(cancellationToken);
        try
        {
            await connection.CloseAsync(code, cancellationToken);
        }
        finally
        {
            socketTurn.Release();
        }
    }

    private async Task<bool> WriteAsync(OutgoingPayload payload, CancellationToken cancellationToken)
    {
        var utf8Json = JsonSerializer.SerializeToUtf8Bytes(payload, GatewayJsonContext.Default.OutgoingPayload);
        await socketTurn.WaitAsync(cancellationToken);
        try
        {
            return await connection.SendAsync(utf8Json, cancellationToken);
        }
        finally
        {
            socketTurn.Release();
        }
    }

    public void Dispose()
    {
        socketTurn.Dispose();
        budget.Dispose();
    }
}
