namespace CareBot.Core.Outbox;

public enum OutboxStatus
{
    /// <summary>Waiting to be delivered once <see cref="OutboxMessage.DeliverAfter"/> has passed.</summary>
    Pending,

    /// <summary>Delivered; kept for a while so a crash between send and mark can be reasoned about, then purged.</summary>
    Sent,

    /// <summary>The platform refused a private message until the person opens a chat with the bot.</summary>
    Held,

    /// <summary>The platform rejected it for good (e.g. the chat no longer exists).</summary>
    Failed,
}
