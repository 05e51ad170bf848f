namespace CareBot.Discord.Api.Gateway;

/// <summary>Why the gateway client stopped: the host asked, or Discord closed with a code reconnecting cannot fix.</summary>
public sealed record GatewayStopped(int? FatalCloseCode)
{
    public static GatewayStopped ShutDown { get; } = new((int?)null);

    public bool IsFatal => FatalCloseCode is not null;
}
