namespace CareBot.Storage.LiteDb;

/// <summary>Collection names, fixed: renaming one is a schema change.</summary>
internal static class Collections
{
    public const string Communities = "communities";
    public const string Spaces = "spaces";
    public const string Members = "members";
    public const string Offers = "offers";
    public const string Needs = "needs";
    public const string Outbox = "outbox";

    /// <summary>When messages were handed to each chat in the last minute (no text, no person), for the limits after a restart.</summary>
    public const string Sends = "sends";
    public const string Cursors = "cursors";
    public const string Meta = "meta";
}
