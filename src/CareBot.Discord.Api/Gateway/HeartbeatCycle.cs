namespace CareBot.Discord.Api.Gateway;

/// <summary>
/// The heartbeat of one connection, started by its Hello and never reused: a new Hello gets a new
/// cycle, so no unanswered beat from a dead connection can condemn the next one. The first beat
/// waits a random fraction of the interval (so reconnecting bots do not beat in step); each later
/// check comes one interval after the previous beat actually left, and a beat still unanswered by
/// then marks the connection as a zombie.
/// </summary>
internal sealed class HeartbeatCycle(
    TimeSpan interval,
    TimeProvider time,
    Func<CancellationToken, Task<bool>> sendBeat,
    Action onZombie)
{
    private volatile bool awaitingAck;

    public void Acknowledge() => awaitingAck = false;

    /// <summary>Runs until cancelled, the socket refuses a beat, or a beat goes unanswered. The first wait is armed before this returns.</summary>
    public async Task RunAsync(double firstBeatFraction, CancellationToken cancellationToken)
    {
        await Task.Delay(interval * firstBeatFraction, time, cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (awaitingAck)
            {
                onZombie();
                return;
            }
            awaitingAck = true;
            if (!await sendBeat(cancellationToken))
            {
                return;
            }
            await Task.Delay(interval, time, cancellationToken);
        }
    }
}
