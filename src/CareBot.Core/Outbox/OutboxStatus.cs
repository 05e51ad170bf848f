namespace CareBot.Core.Outbox;

/// <summary>Where an undelivered message stands. There is no "sent": a delivered message is erased.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting to be delivered once <see cref="OutboxMessage.DeliverAfter"/> has passed.</summary>
    Pending,

    /// <summary>The platform refused a private message until the person opens a chat with the bot.</summary>
    Held,

    /// <summary>The platform rejected it for good (e.g. the chat no longer exists).</summary>
    Failed,

    /// <summary>
    /// A request for help waiting for the person's quiet hours or evening digest; when its time comes the rhythms decide
    /// again whether it may go (the person may have paused, reached their cap, or had today's requests meanwhile).
    /// </summary>
    Deferred,
}
