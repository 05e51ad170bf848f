namespace CareBot.Discord.Api.Gateway;

/// <summary>How a connection ended: the kind, the close code for <see cref="ConnectionEndKind.Closed"/>, and for op 9 whether the session survives.</summary>
internal readonly record struct ConnectionEnd(ConnectionEndKind Kind, int CloseCode = 0, bool Resumable = true)
{
    public static ConnectionEnd Closed(int code) => new(ConnectionEndKind.Closed, code);

    public static ConnectionEnd Reconnect => new(ConnectionEndKind.Reconnect);

    public static ConnectionEnd Zombie => new(ConnectionEndKind.Zombie);

    public static ConnectionEnd ShutDown => new(ConnectionEndKind.ShutDown);

    public static ConnectionEnd InvalidSession(bool resumable) => new(ConnectionEndKind.InvalidSession, Resumable: resumable);
}
