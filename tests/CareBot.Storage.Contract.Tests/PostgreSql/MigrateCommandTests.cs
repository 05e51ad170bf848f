using CareBot.Composition;
using CareBot.Core.Engine;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;
using CareBot.Storage.Contract.Tests.Support;
using CareBot.Storage.LiteDb;
using CareBot.Storage.PostgreSql;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace CareBot.Storage.Contract.Tests.PostgreSql;

/// <summary>
/// <c>carebot migrate</c> moves a community from its LiteDB file to PostgreSQL: the engine writes the file, the command
/// copies and checks it, and the engine opened on PostgreSQL sees the same community and carries on there.
/// </summary>
public sealed class MigrateCommandTests : IDisposable
{
    private const string Password = "m1grate-s3cret";

    private readonly LiteDbStoreUnderTest _file = new();
    private readonly TestDatabase _database = TestPostgres.CreateDatabase();
    private readonly FakeTimeProvider _clock = TestClock.Create();

    public void Dispose()
    {
        _database.Dispose();
        _file.Dispose();
    }

    [PostgreSqlFact]
    public async Task A_community_the_engine_wrote_to_LiteDB_is_the_same_on_PostgreSQL_and_the_engine_carries_on_there()
    {
        using (var lite = LiteDbCareStore.Open(_file.Path))
        {
            using var engine = new CareEngine(lite, _clock, []);
            await Say(engine, "alice", "/offer rides to appointments, I have a car");
            await Say(engine, "bob", "/offer soup when someone is ill");
            await Say(engine, "carol", "/need a lift to the clinic on friday");
            await Say(engine, "carol", "/need someone to water my plants");
        }

        var (code, output, errors) = await Migrate();

        Assert.True(code == 0, errors);
        Assert.Contains("1 communities, 1 spaces, 3 members, 2 offers, 2 needs", output, StringComparison.Ordinal);
        Assert.Contains("every count matches", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, output, StringComparison.Ordinal);

        using var before = LiteDbCareStore.Open(_file.Path);
        using var after = PostgreSqlCareStore.Open(_database.ConnectionString);
        var expected = State(before);
        Assert.Contains("rides to appointments", expected, StringComparison.Ordinal);
        Assert.Contains("water my plants", expected, StringComparison.Ordinal);
        Assert.NotEqual(0, after.Read(session => session.Outbox.Due(KnownPlatforms.Console, DateTimeOffset.MaxValue, 100).Count));
        Assert.Equal(expected, State(after));

        using var carriesOn = new CareEngine(after, _clock, []);
        await Say(carriesOn, "dave", "/offer dog walking");
        var offers = after.Read(session => session.Offers.InCommunity(1));
        Assert.Equal(3, offers.Select(o => o.Id).Distinct().Count());
        Assert.Equal("dog walking", offers.MaxBy(o => o.Id)!.Text);
    }

    [PostgreSqlFact]
    public async Task A_database_that_already_holds_data_is_refused_and_left_as_it_was()
    {
        using (var lite = LiteDbCareStore.Open(_file.Path))
        {
            using var engine = new CareEngine(lite, _clock, []);
            await Say(engine, "alice", "/offer rides to appointments");
        }

        Assert.Equal(0, (await Migrate()).Code);
        var (code, output, errors) = await Migrate();

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("already holds CareBot data", errors, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, errors, StringComparison.Ordinal);
        using var after = PostgreSqlCareStore.Open(_database.ConnectionString);
        Assert.Single(after.Read(session => session.Offers.InCommunity(1)));
    }

    [PostgreSqlFact]
    public async Task A_missing_file_is_refused_without_creating_one()
    {
        var (code, _, errors) = await Migrate();

        Assert.Equal(1, code);
        Assert.Contains("there is no database file", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(_file.Path));
    }

    private async Task<(int Code, string Output, string Errors)> Migrate()
    {
        // The test database trusts local connections; the password is there to prove it is never printed.
        var target = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Password = Password }.ConnectionString;
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await CareBotApp.RunAsync(["migrate", "--from", $"litedb:{_file.Path}", "--to", $"postgresql:{target}"], output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    private static async Task Say(CareEngine engine, string person, string text)
    {
        var result = await engine.HandleAsync(
            new Inbound(new PlatformUser(new UserRef(KnownPlatforms.Console, person), person), Conversation.Group(KnownPlatforms.Console, "town", "town"), text),
            CancellationToken.None);
        Assert.True(result.Succeeded, result.Problem?.Message);
    }

    /// <summary>
    /// Everything the engine can read of the community, through the storage port alone, in id order: among equal keys
    /// LiteDB's indexes promise no order, so neither does the port.
    /// </summary>
    private static string State(ICareStore store) => store.Read(session =>
    {
        var communities = session.Communities.All();
        return Snapshot.Of(new
        {
            communities,
            spaces = communities.SelectMany(c => session.Communities.SpacesOf(c.Id)).OrderBy(s => s.Key, StringComparer.Ordinal),
            members = communities.SelectMany(c => session.Members.InCommunity(c.Id)).OrderBy(m => m.Id),
            offers = communities.SelectMany(c => session.Offers.InCommunity(c.Id)).OrderBy(o => o.Id),
            needs = communities.SelectMany(c => session.Needs.InCommunity(c.Id)).OrderBy(n => n.Id),
            outbox = session.Outbox.Due(KnownPlatforms.Console, DateTimeOffset.MaxValue, 1000),
            deferred = session.Outbox.DeferredDue(DateTimeOffset.MaxValue, 1000),
        });
    });
}
