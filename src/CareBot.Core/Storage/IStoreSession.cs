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
}
