namespace CareBot.Storage.Documents;

/// <summary>Collection names, fixed: renaming one is a schema change.</summary>
public static class Collections
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

    /// <summary>Every collection that holds CareBot's data (not its own bookkeeping), in the order a copy fills them.</summary>
    public static readonly IReadOnlyList<string> Data = [Communities, Spaces, Members, Offers, Needs, Outbox, Sends, Cursors];
}
