using CareBot.Core.Storage;

namespace CareBot.Storage.PostgreSql;

/// <summary>The repositories over one connection and its open transaction.</summary>
/// <param name="changesElsewhere">What the store's write clock says when the transaction begins (see <see cref="WriteClock"/>).</param>
/// <param name="span">Where the clock was and is, for a write; none for a read, which learns nothing of others' changes.</param>
internal sealed class PostgreSqlSession(PostgreSqlCareStore owner, DocumentCommands documents, long changesElsewhere, ClockSpan span = default) : IStoreSession
{
    private StoreChanges? _changedElsewhere;

    public PostgreSqlCareStore Owner { get; } = owner;

    public DocumentCommands Documents { get; } = documents;

    public ICommunityRepository Communities => field ??= new CommunityRepository(Documents);

    public IMemberRepository Members => field ??= new MemberRepository(Documents);

    public IOfferRepository Offers => field ??= new OfferRepository(Documents);

    public INeedRepository Needs => field ??= new NeedRepository(Documents);

    public IOutboxRepository Outbox => field ??= new OutboxRepository(Documents);

    public ICursorRepository Cursors => field ??= new CursorRepository(Documents);

    public long ChangesElsewhere { get; } = changesElsewhere;

    /// <summary>Read once, when first asked, before the transaction writes anything of its own.</summary>
    public StoreChanges ChangedElsewhere() => _changedElsewhere ??= ChangedRows.Since(Documents, span);

    public bool EraseTraces { get; private set; }

    public void EraseTracesOnCommit() => EraseTraces = true;
}
