using CareBot.Storage.Contract.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Storage.Contract.Tests.SeveralInstances;

/// <summary>
/// Two CareBot instances on one PostgreSQL serve the same community: each engine keeps the community's working set in
/// memory, and what one instance changes, the other's next command sees, as if there were one.
/// </summary>
public sealed class SharedCommunityTests : IDisposable
{
    private readonly TestDatabase _database = TestPostgres.CreateDatabase();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly EngineInstance _first;
    private readonly EngineInstance _second;

    public SharedCommunityTests()
    {
        _first = new EngineInstance(_database.ConnectionString, _clock);
        _second = new EngineInstance(_database.ConnectionString, _clock);
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        _database.Dispose();
    }

    [PostgreSqlFact]
    public async Task A_need_posted_through_one_instance_is_listed_by_the_other()
    {
        Assert.DoesNotContain("clinic", await Said(_second, "bob", "/needs"), StringComparison.Ordinal);

        Assert.True((await Typed(_first, "alice", "/need a ride to the clinic on friday")).Succeeded);

        Assert.Contains("a ride to the clinic on friday", await Said(_second, "bob", "/needs"), StringComparison.Ordinal);
    }

    [PostgreSqlFact]
    public async Task A_need_claimed_through_one_instance_is_not_claimed_again_through_the_other()
    {
        await Typed(_first, "alice", "/need a ride to the clinic on friday");
        await Typed(_second, "bob", "/mine");

        Assert.True((await Typed(_first, "carol", "/claim 1")).Succeeded);
        var second = await Typed(_second, "bob", "/claim 1");

        Assert.False(second.Succeeded);
        Assert.Contains("already has the help it asked for", second.Problem!.Message, StringComparison.Ordinal);
        var helpers = _second.Store.Read(session => session.Needs.FindByNumber(session.Communities.All().Single().Id, 1)!.HelperIds.Count);
        Assert.Equal(1, helpers);
    }

    [PostgreSqlFact]
    public async Task An_offer_made_through_one_instance_is_asked_about_a_need_posted_through_the_other()
    {
        await Typed(_second, "alice", "/mine");
        Assert.True((await Typed(_first, "bob", "/offer rides in my car")).Succeeded);

        Assert.True((await Typed(_second, "alice", "/need a ride to the clinic on friday")).Succeeded);

        var asked = _second.Store.Read(session =>
        {
            var need = session.Needs.FindByNumber(session.Communities.All().Single().Id, 1)!;
            return session.Outbox.AsksFor(need.Id).Select(ask => ask.Destination.ChatId).ToList();
        });
        Assert.Contains("user-bob", asked);
    }

    /// <summary>A command a minute later than the one before: under every limit on commands, so each is judged on its own.</summary>
    private Task<Core.Engine.EngineResult> Typed(EngineInstance instance, string person, string text)
    {
        _clock.Advance(TimeSpan.FromMinutes(1.1));
        return instance.Say(person, text);
    }

    private Task<string> Said(EngineInstance instance, string person, string text)
    {
        _clock.Advance(TimeSpan.FromMinutes(1.1));
        return instance.Answer(person, text);
    }
}
