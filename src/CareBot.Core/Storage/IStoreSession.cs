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
    /// Grows each time the store finds that another process (another CareBot instance on the same database) changed
    /// communities, members, offers, needs or cursors since this process last wrote. A copy of those kept in memory is
    /// true only while this stays what it was when the copy was made. Always 0 where one process owns the store.
    /// </summary>
    long ChangesElsewhere { get; }

    /// <summary>
    /// The rows behind this transaction's step of <see cref="ChangesElsewhere"/>: what other processes changed since
    /// this process's previous write, as they are now. <see cref="StoreChanges.None"/> when this transaction found
    /// nothing changed elsewhere (always, where one process owns the store); <see cref="StoreChanges.Unknown"/> when
    /// the store cannot say (the first write of a process, or more than it lists). Only meaningful in a write.
    /// </summary>
    StoreChanges ChangedElsewhere();

    /// <summary>
    /// What this transaction deletes or overwrites must not outlive it anywhere in storage: once it commits, the
    /// store leaves no copy behind (in a write-ahead log, in freed pages), not only none that a query finds.
    /// /forget asks for it; other transactions don't pay for it.
    /// </summary>
    void EraseTracesOnCommit();
}
