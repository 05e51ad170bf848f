namespace CareBot.Delivery;

/// <summary>
/// The platform already accepted this message from an instance that died before marking it sent (its
/// <see cref="Core.Outbox.OutboxMessage.DeliveredAt"/> is on record): the request was not made again, and the lane marks
/// the message sent instead.
/// </summary>
public sealed class AlreadyDeliveredException : Exception
{
    public AlreadyDeliveredException()
        : base("The platform already accepted this message; it is marked sent, not sent again.")
    {
    }

    public AlreadyDeliveredException(string message)
        : base(message)
    {
    }

    public AlreadyDeliveredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
