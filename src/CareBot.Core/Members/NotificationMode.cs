namespace CareBot.Core.Members;

public enum NotificationMode
{
    /// <summary>Requests arrive as they happen (outside quiet hours).</summary>
    Instant,

    /// <summary>Requests wait for the member's evening digest.</summary>
    Digest,

    /// <summary>Never asked privately; they can still browse /needs.</summary>
    Off,
}
