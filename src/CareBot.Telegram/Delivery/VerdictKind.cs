namespace CareBot.Telegram.Delivery;

public enum VerdictKind
{
    Sent,
    RetryLater,

    /// <summary>The group became a supergroup with a new chat id: move the space there and send again at once.</summary>
    Moved,

    /// <summary>A private message the person can't receive until they open a chat with the bot.</summary>
    Hold,
    Fail,

    /// <summary>The token was rejected: nothing can be sent; the host stops.</summary>
    Fatal,
}
