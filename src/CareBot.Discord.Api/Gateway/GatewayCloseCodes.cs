namespace CareBot.Discord.Api.Gateway;

/// <summary>What a close code tells the client to do next, as Discord's close-code table says.</summary>
public static class GatewayCloseCodes
{
    /// <summary>Sent by the client when it leaves for good: Discord ends the session at once.</summary>
    public const int Normal = 1000;

    /// <summary>Sent by the client when it drops a connection it means to resume (zombie, Reconnect): any code but 1000/1001 keeps the session.</summary>
    public const int Resuming = 4000;

    /// <summary>What a connection that ended without a close frame counts as.</summary>
    public const int Abnormal = 1006;

    public const int AuthenticationFailed = 4004;
    public const int InvalidSequence = 4007;
    public const int SessionTimedOut = 4009;

    /// <summary>Reconnecting cannot fix these: a wrong token, shard, version or intent. The host must stop so a person looks.</summary>
    public static bool IsFatal(int code) => code is AuthenticationFailed or (>= 4010 and <= 4014);

    /// <summary>The session is gone but the connection may be tried again with a fresh Identify.</summary>
    public static bool EndsSession(int code) => code is InvalidSequence or SessionTimedOut;

    /// <summary>A short meaning for the log line an operator reads.</summary>
    public static string Describe(int code) => code switch
    {
        AuthenticationFailed => "authentication failed: the bot token is wrong or was reset",
        4010 => "invalid shard",
        4011 => "sharding required: the bot is in too many guilds for one connection",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: a privileged intent is not enabled in the developer portal",
        InvalidSequence => "invalid sequence when resuming",
        SessionTimedOut => "session timed out",
        Abnormal => "connection dropped without a close frame",
        _ => "closed",
    };
}
