namespace CareBot.Discord.Tests.Support;

/// <summary>What Discord's gateway does to a live connection, as a test can script it.</summary>
public enum GatewayDisruption
{
    /// <summary>Op 7: Discord asks the client to reconnect and resume.</summary>
    ReconnectRequest,

    /// <summary>Op 9 with <c>d: true</c>: the session may be resumed.</summary>
    ResumableInvalidSession,

    /// <summary>Op 9 with <c>d: false</c>: the session is gone; the client identifies afresh after one to five seconds.</summary>
    InvalidSession,

    /// <summary>Heartbeats stop being acknowledged: the client must notice the zombie, close it and resume.</summary>
    Zombie,

    /// <summary>The TCP connection drops without a close frame: the client sees 1006.</summary>
    Dropped,

    /// <summary>Discord closes with 4000 (unknown error), which the client may resume from.</summary>
    ClosedWithUnknownError,
}
