namespace CareBot.Core.Outbox;

/// <summary>How a change an instance made as the holder of a message's claim went.</summary>
public enum ClaimedChange
{
    Done,

    /// <summary>Another instance holds the message now; it was left for that one, unchanged.</summary>
    ClaimLost,
}
