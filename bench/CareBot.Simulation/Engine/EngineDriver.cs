using CareBot.Core.Engine;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;
using CareBot.Storage.LiteDb;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Simulation.Engine;

/// <summary>
/// The real engine on a real LiteDB file in a temporary folder and a clock the simulation moves, driven the way the
/// console adapter drives it: people type commands in the group or in private, the host's timer runs the rhythms,
/// and delivery takes what is due from the outbox and marks it sent.
/// </summary>
internal sealed class EngineDriver : IDisposable
{
    public static readonly PlatformUser Coordinator = new(new UserRef(KnownPlatforms.Console, "coordinator"), "Coordinator");

    private static readonly Conversation Group = Conversation.Group(KnownPlatforms.Console, "neighbours", "Neighbours");

    private readonly DirectoryInfo _folder;
    private readonly LiteDbCareStore _store;
    private readonly FakeTimeProvider _clock;
    private readonly CareEngine _engine;

    private EngineDriver(DirectoryInfo folder, LiteDbCareStore store, FakeTimeProvider clock, CareEngine engine)
    {
        _folder = folder;
        _store = store;
        _clock = clock;
        _engine = engine;
    }

    public DateTimeOffset Now => _clock.GetUtcNow();

    public int CommunityId { get; private set; }

    /// <summary>A new database file, an engine on it, and the group the bot was just added to.</summary>
    public static async Task<EngineDriver> StartAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var folder = TempFolder();
        var store = LiteDbCareStore.Open(Path.Combine(folder.FullName, "carebot.db"));
        var clock = new FakeTimeProvider(at);
        var engine = new CareEngine(store, clock, [new CoordinatorDirectory(Coordinator.Ref)]);
        var driver = new EngineDriver(folder, store, clock, engine);
        await engine.SpaceJoinedAsync(Group.Space, Group.Title!, null, cancellationToken);
        driver.CommunityId = store.Read(session => session.Communities.FindSpace(Group.Space)!.CommunityId);
        return driver;
    }

    /// <summary>
    /// Whether a rhythm or a delivery is due now: a need's next step, a request held for quiet hours, a message waiting.
    /// Reading is cheap and a rhythm run is a write the disk must confirm, so the simulation asks before running them.
    /// </summary>
    public bool AnythingDue() => _store.Read(session =>
        session.Needs.RhythmDue(Now, 1).Count > 0
        || session.Outbox.DeferredDue(Now, 1).Count > 0
        || session.Outbox.NextDue(KnownPlatforms.Console) <= Now);

    public void AdvanceTo(DateTimeOffset at)
    {
        if (at > Now)
        {
            _clock.Advance(at - Now);
        }
    }

    /// <summary>A command typed (or a button pressed) in the group chat.</summary>
    public Task<EngineResult> InGroupAsync(PlatformUser who, string text, CancellationToken cancellationToken) =>
        _engine.HandleAsync(new Inbound(who, Group, text), cancellationToken);

    /// <summary>A command typed (or a button pressed) in the person's private chat with the bot.</summary>
    public Task<EngineResult> PrivatelyAsync(PlatformUser who, string text, CancellationToken cancellationToken) =>
        _engine.HandleAsync(new Inbound(who, Conversation.Direct(KnownPlatforms.Console, who.Ref.UserId), text), cancellationToken);

    /// <summary>What a host's timer does: waves, requests released after quiet hours, reminders, expiry.</summary>
    public Task RunRhythmsAsync(CancellationToken cancellationToken) => _engine.Rhythms.RunDueAsync(cancellationToken);

    /// <summary>Everything due now, delivered (marked sent, as an adapter does once the platform took it), in order.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> DeliverAsync(CancellationToken cancellationToken)
    {
        var delivered = new List<OutboxMessage>();
        for (var due = _engine.Outbox.Due(KnownPlatforms.Console, 200); due.Count > 0; due = _engine.Outbox.Due(KnownPlatforms.Console, 200))
        {
            foreach (var message in due)
            {
                await _engine.Outbox.MarkSentAsync(message.Id, cancellationToken);
                delivered.Add(message);
            }
        }

        return delivered;
    }

    /// <summary>Reads the store as it is now, outside any command: what a person would see by looking (/needs, /mine).</summary>
    public T Read<T>(Func<IStoreSession, T> read) => _store.Read(read);

    /// <summary>
    /// A fresh folder for the database, in memory-backed /dev/shm where there is one: the store still writes a real
    /// LiteDB file and confirms every transaction with the disk, which there costs nothing, so a run measures the engine
    /// and not a busy machine's disk. Elsewhere, the system's temporary folder.
    /// </summary>
    private static DirectoryInfo TempFolder()
    {
        const string memoryBacked = "/dev/shm";
        var parent = Directory.Exists(memoryBacked) ? memoryBacked : Path.GetTempPath();
        return Directory.CreateDirectory(Path.Combine(parent, "carebot-simulation-" + Guid.NewGuid().ToString("N")));
    }

    public void Dispose()
    {
        _engine.Dispose();
        _store.Dispose();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp cleaner; a simulation's result does not depend on it.
        }
    }
}
