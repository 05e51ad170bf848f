namespace CareBot.Core.Needs;

/// <summary>open → claimed → done; or cancelled, or expired. Claimed can fall through back to open.</summary>
public enum NeedState
{
    Open,
    Claimed,
    Done,
    Cancelled,
    Expired,
}
