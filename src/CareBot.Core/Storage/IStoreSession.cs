namespace CareBot.Core.Storage;

/// <summary>The repositories available inside one transaction.</summary>
public interface IStoreSession
{
    ICommunityRepository Communities { get; }

    IMemberRepository Members { get; }

    IOfferRepository Offers { get; }

    INeedRepository Needs { get; }

    IOutboxRepository Outbox { get; }

    ICursorRepository Cursors { get; }

    /// <summary>
    /// What this transaction deletes or overwrites must not outlive it anywhere in storage: once it commits, the
    /// store leaves no copy behind (in a write-ahead log, in freed pages), not only none that a query finds.
    /// /forget asks for it; other transactions don't pay for it.
    /// </summary>
    void EraseTracesOnCommit();
}
