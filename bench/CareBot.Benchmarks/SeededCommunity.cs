using CareBot.Core.Engine;
using CareBot.Core.Members;
using CareBot.Core.Offers;
using CareBot.Core.Platforms;
using CareBot.Core.Reports;
using CareBot.Core.Storage;
using CareBot.Storage.Contract.Tests.Support;
using CareBot.Storage.LiteDb;
using CareBot.Storage.PostgreSql;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Benchmarks;

/// <summary>
/// A community of N members with five offers each, in a real LiteDB file or PostgreSQL database as in production, and an engine
/// whose working set for it is already loaded. Members and offers go straight into the store (50,000
/// /offer commands would take minutes and measure nothing we want); a few open needs are then posted
/// through the engine, which also loads the working set the way the first command of the day would.
/// </summary>
internal sealed class SeededCommunity : IDisposable
{
    public const int OffersPerMember = 5;

    /// <summary>One open need for every this many members, so /map and matching see a lived-in community.</summary>
    public const int MembersPerOpenNeed = 20;

    public static readonly Conversation Town = Conversation.Group(KnownPlatforms.Console, "town", "Town");

    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Names = ["Ana", "Ben", "Chloe", "Dev", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kemal", "Lena"];
    private static readonly string[] Zones = ["north", "south", "east", "west"];

    private readonly string? _directory;
    private readonly TestDatabase? _database;

    private SeededCommunity(string? directory, TestDatabase? database, ICareStore store, FakeTimeProvider clock, CareEngine engine, int communityId, int members)
    {
        _directory = directory;
        _database = database;
        Store = store;
        Clock = clock;
        Engine = engine;
        CommunityId = communityId;
        Members = members;
    }

    public ICareStore Store { get; }

    public FakeTimeProvider Clock { get; }

    public CareEngine Engine { get; }

    public int CommunityId { get; }

    public int Members { get; }

    /// <summary>The PostgreSQL database's connection string, for more instances on it; null on LiteDB.</summary>
    public string? ConnectionString => _database?.ConnectionString;

    /// <summary>
    /// Bytes the store's log holds or has written so far: how much it grows over a command tells what the command wrote.
    /// LiteDB's write-ahead log beside the database (a checkpoint empties it: then it shrinks); PostgreSQL's WAL position.
    /// </summary>
    public long LogBytes() => _database is { } database
        ? BenchPostgres.WalPosition(database.ConnectionString)
        : new FileInfo(Path.Combine(_directory!, "carebot-log.db")).Length;

    public static PlatformUser User(int index) =>
        new(new UserRef(KnownPlatforms.Console, $"m{index}"), $"{Names[index % Names.Length]} {index}");

    /// <summary>A different requester for every post, cycling through all members (7919 is prime, so every member comes round).</summary>
    public PlatformUser Requester(int post) => User((int)((post * 7919L + 13) % Members));

    /// <param name="mapPainter">Draws /map as a picture, as the host does; text alone without one.</param>
    /// <param name="kind">A LiteDB file in a temporary folder, or a new database on <see cref="BenchPostgres"/>'s server.</param>
    public static async Task<SeededCommunity> CreateAsync(
        int members, CancellationToken cancellationToken, IMapPainter? mapPainter = null, StoreKind kind = StoreKind.LiteDb)
    {
        string? directory = null;
        TestDatabase? database = null;
        ICareStore store;
        if (kind == StoreKind.PostgreSql)
        {
            database = BenchPostgres.CreateDatabase();
            store = PostgreSqlCareStore.Open(database.ConnectionString);
        }
        else
        {
            directory = Path.Combine(Path.GetTempPath(), "carebot-bench-" + Guid.NewGuid().ToString("N"));
            store = LiteDbCareStore.Open(Path.Combine(directory, "carebot.db"));
        }

        var clock = new FakeTimeProvider(Start);
        var engine = new CareEngine(store, clock, [], BenchUnderstanding.Remembering, mapPainter);
        await engine.SpaceJoinedAsync(Town.Space, "Town", null, cancellationToken);
        var communityId = store.Read(session => session.Communities.FindSpace(Town.Space)!.CommunityId);
        var community = new SeededCommunity(directory, database, store, clock, engine, communityId, members);
        community.SeedMembersAndOffers();
        await community.PostOpenNeedsAsync(cancellationToken);
        return community;
    }

    /// <summary>Delivers everything due, as an adapter does moments after each command: the outbox stays short.</summary>
    public async Task DeliverEverythingAsync(CancellationToken cancellationToken)
    {
        for (var due = Engine.Outbox.Due(KnownPlatforms.Console, 500); due.Count > 0; due = Engine.Outbox.Due(KnownPlatforms.Console, 500))
        {
            foreach (var message in due)
            {
                await Engine.Outbox.MarkSentAsync(message.Id, cancellationToken);
            }
        }
    }

    public void Dispose()
    {
        Engine.Dispose();
        (Store as IDisposable)?.Dispose();
        _database?.Dispose();
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private void SeedMembersAndOffers()
    {
        var random = new Random(Members);
        var now = Clock.GetUtcNow();
        const int batch = 1000;
        for (var first = 0; first < Members; first += batch)
        {
            Store.Write(session =>
            {
                for (var i = first; i < Math.Min(first + batch, Members); i++)
                {
                    var member = new Member(CommunityId, User(i), now);
                    member.SetZone(Zones[i % Zones.Length]);
                    session.Members.Insert(member);
                    foreach (var text in OfferTexts.FiveFor(random))
                    {
                        session.Offers.Insert(new Offer(CommunityId, member.Id, text, BenchUnderstanding.Remembering.Read(text, "en", CancellationToken.None), null, now));
                    }
                }

                return true;
            });
        }
    }

    private async Task PostOpenNeedsAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < Members / MembersPerOpenNeed; i++)
        {
            var text = NeedTexts.All[i % NeedTexts.All.Count];
            var result = await Engine.HandleAsync(new Inbound(User(Members - 1 - i), Town, "/need " + text), cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Seeding a need failed: {result.Problem!.Message}");
            }

            Clock.Advance(TimeSpan.FromMinutes(10));
        }
    }
}
