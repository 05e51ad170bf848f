namespace CareBot.Delivery;

public enum VerdictKind
{
    /// <summary>Every part was accepted: the message is erased from the outbox.</summary>
    Sent,

    /// <summary>Worth another try after <see cref="DeliveryVerdict.Delay"/>; the destination's lane waits until then, so order holds.</summary>
    RetryLater,

    /// <summary>The group moved to a new address (a Telegram group upgraded to a supergroup): the space moves, and this is sent again at once.</summary>
    Moved,

    /// <summary>A private message the person can't receive yet: it waits for them (see <see cref="DeliveryVerdict.Notice"/>).</summary>
    Hold,

    /// <summary>Refused for good (the chat is gone, or the message itself was refused): kept as failed, never retried.</summary>
    Fail,

    /// <summary>The bot's credentials were refused: nothing can be sent; the platform's adapter stops.</summary>
    Fatal,
}
