namespace CareBot.Delivery;

/// <summary>
/// Another instance holds the message now (this one's claim lapsed, say after a long pause): the request was not made,
/// and the lane leaves the destination to its new owner.
/// </summary>
public sealed class ClaimLostException : Exception
{
    public ClaimLostException()
        : base("Another instance took over this destination; the message is left to it.")
    {
    }

    public ClaimLostException(string message)
        : base(message)
    {
    }

    public ClaimLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
