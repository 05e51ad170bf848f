namespace CareBot.Discord.Api.Gateway;

/// <summary>Why a connection ended, which decides what the client does next.</summary>
internal enum ConnectionEndKind
{
    /// <summary>Closed by the server or dropped by the network (1006), or could not be opened.</summary>
    Closed,
    /// <summary>Discord asked for it (op 7).</summary>
    Reconnect,
    /// <summary>A heartbeat went unanswered, or Hello never came.</summary>
    Zombie,
    /// <summary>op 9: the session is invalid; its data says whether it may be resumed.</summary>
    InvalidSession,
    /// <summary>The host is stopping.</summary>
    ShutDown,
}
