using CareBot.Core.Storage;
using LiteDB;

namespace CareBot.Storage.LiteDb;

/// <summary>The repositories over one database. LiteDB binds transactions to the calling thread, so one instance serves every transaction.</summary>
internal sealed class LiteDbSession(LiteDatabase db) : IStoreSession
{
    public ICommunityRepository Communities { get; } = new CommunityRepository(db);

    public IMemberRepository Members { get; } = new MemberRepository(db);

    public IOfferRepository Offers { get; } = new OfferRepository(db);

    public INeedRepository Needs { get; } = new NeedRepository(db);

    public IOutboxRepository Outbox { get; } = new OutboxRepository(db);

    public ICursorRepository Cursors { get; } = new CursorRepository(db);
}
