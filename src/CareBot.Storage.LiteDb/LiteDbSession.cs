using CareBot.Core.Storage;
using LiteDB;

namespace CareBot.Storage.LiteDb;

/// <summary>The repositories over one database. LiteDB binds transactions to the calling thread, so one instance serves every transaction.</summary>
internal sealed class LiteDbSession(LiteDatabase db) : IStoreSession
{
    /// <summary>Per thread, like LiteDB's transactions: a request belongs to the transaction open on the thread that made it.</summary>
    [ThreadStatic]
    private static bool _eraseTraces;

    public ICommunityRepository Communities { get; } = new CommunityRepository(db);

    public IMemberRepository Members { get; } = new MemberRepository(db);

    public IOfferRepository Offers { get; } = new OfferRepository(db);

    public INeedRepository Needs { get; } = new NeedRepository(db);

    public IOutboxRepository Outbox { get; } = new OutboxRepository(db);

    public ICursorRepository Cursors { get; } = new CursorRepository(db);

    /// <summary>The file is opened by one process alone, so no one else changes it.</summary>
    public long ChangesElsewhere => 0;

    public StoreChanges ChangedElsewhere() => StoreChanges.None;

    public void EraseTracesOnCommit() => _eraseTraces = true;

    /// <summary>Whether the transaction ending on this thread asked to erase traces; the request ends with it.</summary>
    public static bool TakeEraseTraces()
    {
        var asked = _eraseTraces;
        _eraseTraces = false;
        return asked;
    }
}
