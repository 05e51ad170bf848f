using System.Threading.RateLimiting;
using CareBot.Core.Outbox;
using CareBot.Delivery.Pacing;

namespace CareBot.Delivery;

/// <summary>
/// One outbox message's turn on its destination's lane, handed to the platform's sender: before each request to the
/// platform it waits for the limits and records the attempt, so every request, however many a message takes, is paced
/// and on record.
/// </summary>
public sealed class DeliveryTurn
{
    private readonly DestinationPacer _pacer;
    private readonly PrivateMessagesUnderWay? _underWay;
    private readonly Func<CancellationToken, Task<AttemptStart>> _recordAttempt;
    private readonly Action<AttemptStart> _answered;

    internal DeliveryTurn(DestinationPacer pacer, PrivateMessagesUnderWay? underWay, Func<CancellationToken, Task<AttemptStart>> recordAttempt, Action<AttemptStart> answered)
    {
        _pacer = pacer;
        _underWay = underWay;
        _recordAttempt = recordAttempt;
        _answered = answered;
    }

    /// <summary>
    /// Waits until the destination's and the bot's limits allow one more request, then records durably that it is
    /// about to be made. When several instances deliver, it may first wait for the bot's budget, counted across them,
    /// and it throws <see cref="ClaimLostException"/> when another instance took the message over, or
    /// <see cref="AlreadyDeliveredException"/> when an instance that died had it accepted already: nothing was sent.
    /// Dispose the lease as soon as the platform answered (accepted or not): the limits count the request as under way
    /// until then, and as made at that moment afterwards.
    /// </summary>
    public async Task<RateLimitLease> BeforeCallAsync(CancellationToken cancellationToken)
    {
        var lease = await _pacer.AcquireAsync(cancellationToken, _underWay);
        try
        {
            // Written before the call, never after: a crash during the call must find the attempt on record. And once the
            // bot-wide permit is taken, so the time on record is close to when the platform counts the request (a record
            // made before waiting for the permit could be a second older than the request, and a restart would count from then).
            var start = await _recordAttempt(cancellationToken);
            if (start.Refusal == AttemptRefusal.AlreadyDelivered)
            {
                throw new AlreadyDeliveredException();
            }

            if (!start.IsBegun)
            {
                // The sender between the lane and this turn knows only leases, so losing the message to another
                // instance travels back to the lane as this exception, which only the lane catches.
                throw new ClaimLostException();
            }

            return new AnsweredLease(lease, () => _answered(start));
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }
}
