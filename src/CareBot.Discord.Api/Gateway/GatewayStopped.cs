namespace CareBot.Discord.Api.Gateway;

/// <summary>Why the gateway client stopped: the host asked, or Discord closed with a code reconnecting cannot fix.</summary>
public sealed record GatewayStopped(int? FatalCloseCode, bool RefusedOverRest = false)
{
    public static GatewayStopped ShutDown { get; } = new((int?)null);

    /// <summary>REST answered 401 when asked for the gateway: the same verdict as close 4004, authentication failed.</summary>
    public static GatewayStopped TokenRejected { get; } = new(GatewayCloseCodes.AuthenticationFailed, RefusedOverRest: true);
}
