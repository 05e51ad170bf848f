namespace CareBot.Core.Outbox;

public enum AttemptRefusal
{
    None,

    /// <summary>Another instance holds the message now (this one's claim lapsed): it sends it, this one must not.</summary>
    ClaimLost,

    /// <summary>The bot's sends, counted across every instance, fill the platform's window: ask again after <see cref="AttemptStart.RetryIn"/>.</summary>
    OverBudget,

    /// <summary>The platform already accepted it (an instance died before marking it sent): it is marked sent, not sent again.</summary>
    AlreadyDelivered,
}
