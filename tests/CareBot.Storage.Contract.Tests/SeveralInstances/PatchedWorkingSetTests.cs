using CareBot.Core.Engine;
using CareBot.Storage.Contract.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Storage.Contract.Tests.SeveralInstances;

/// <summary>
/// Two instances on one PostgreSQL keep the same community in memory and patch it with each other's changes (rows
/// changed since their last write) instead of reloading it. After every command the working set the instance holds is
/// compared with one loaded fresh from the database: a change that patching misses, or applies wrongly, fails the test
/// at the command that caused it.
/// </summary>
public sealed class PatchedWorkingSetTests : IDisposable
{
    private static readonly string[] People = ["alice", "bob", "carol", "dan", "erin", "frank", "grace", "heidi", "ivan", "judy"];

    private static readonly string[] Needs =
    [
        "a ride to the clinic on friday", "help with groceries shopping this week", "someone to walk my dog",
        "a hand fixing my bike", "a lift to the station", "someone to pick up my prescription",
    ];

    private static readonly string[] Offers =
    [
        "rides in my car", "grocery shopping on saturdays", "dog walking in the park", "bike repairs",
        "picking up prescriptions from the pharmacy", "lifts to the train station",
    ];

    private readonly TestDatabase _database = TestPostgres.CreateDatabase();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly EngineInstance _first;
    private readonly EngineInstance _second;

    public PatchedWorkingSetTests()
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
    public async Task Commands_interleaved_on_two_instances_leave_each_ones_working_set_as_a_fresh_load_would()
    {
        var random = new Random(14);
        var instances = new[] { _first, _second };
        var needsPosted = 0;
        var succeeded = 0;
        for (var turn = 0; turn < 240; turn++)
        {
            var instance = instances[random.Next(2)];
            var person = People[random.Next(People.Length)];
            var command = Command(random, Math.Max(needsPosted, 1));
            var result = await Typed(instance, person, command);
            needsPosted += command.StartsWith("/need ", StringComparison.Ordinal) && result.Succeeded ? 1 : 0;
            succeeded += result.Succeeded ? 1 : 0;

            var drift = await instance.Engine.CacheDriftAsync(CancellationToken.None);
            Assert.True(drift is null, $"Turn {turn}, {person} typed \"{command}\" on instance {Array.IndexOf(instances, instance) + 1}:\n{drift}");
        }

        // The sets were patched, not reloaded: otherwise the comparison above would prove nothing about patching.
        var refreshes = instances.Select(i => i.Engine.WorkingSetRefreshes).ToList();
        Assert.True(refreshes.All(r => r.Patched > 30 && r.Dropped == 0), $"patched, dropped: {string.Join("; ", refreshes)}");

        Assert.True(needsPosted > 20 && succeeded > 120, $"{needsPosted} needs posted, {succeeded} commands succeeded: the mix exercised too little");
    }

    [PostgreSqlFact]
    public async Task A_member_who_erased_their_data_on_one_instance_is_never_asked_by_the_other()
    {
        await Typed(_first, "bob", "/offer rides in my car");
        await Typed(_second, "carol", "/offer rides to appointments, I have a car");
        Assert.True((await Typed(_second, "alice", "/need a ride to the market")).Succeeded);
        Assert.Single(await CachedCommunities(_second));

        Assert.True((await Typed(_first, "bob", "/forget confirm")).Succeeded);
        Assert.True((await Typed(_second, "alice", "/need a ride to the clinic on friday")).Succeeded);

        var asked = AskedFor(_second, 2);
        Assert.DoesNotContain("user-bob", asked);
        Assert.Contains("user-carol", asked);
        Assert.Equal((0, 0), (_second.Engine.WorkingSetRefreshes.Dropped, _first.Engine.WorkingSetRefreshes.Dropped));
        Assert.True(_second.Engine.WorkingSetRefreshes.Patched > 0);
    }

    [PostgreSqlFact]
    public async Task An_offer_made_on_one_instance_is_matched_by_a_need_on_the_other_without_reloading()
    {
        await Typed(_second, "alice", "/need someone to walk my dog");
        var loaded = await CachedCommunities(_second);
        Assert.Single(loaded);

        Assert.True((await Typed(_first, "bob", "/offer rides in my car")).Succeeded);
        Assert.True((await Typed(_second, "alice", "/need a ride to the clinic on friday")).Succeeded);

        Assert.Contains("user-bob", AskedFor(_second, 2));
        Assert.Equal((1, 0), _second.Engine.WorkingSetRefreshes);
    }

    private static string Command(Random random, int needs)
    {
        var need = random.Next(1, needs + 1);
        var offer = random.Next(1, 20);
        return random.Next(20) switch
        {
            0 or 1 or 2 => "/need " + Needs[random.Next(Needs.Length)],
            3 or 4 => "/offer " + Offers[random.Next(Offers.Length)],
            5 or 6 => $"/claim {need}",
            7 => $"/done {need} thank you so much",
            8 => $"/pass {need}",
            9 => $"/cancel {need}",
            10 => $"/withdraw {offer}",
            11 => $"/stillon {offer}",
            12 => "/pause",
            13 => "/resume",
            14 => $"/me cap {random.Next(1, 4)}",
            15 => "/forget confirm",
            16 => $"/fellthrough {need}",
            17 => "/mine",
            _ => "/needs",
        };
    }

    private static List<string> AskedFor(EngineInstance instance, int number) => instance.Store.Read(session =>
    {
        var need = session.Needs.FindByNumber(session.Communities.All().Single().Id, number)!;
        return session.Outbox.AsksFor(need.Id).Select(ask => ask.Destination.ChatId).ToList();
    });

    private static Task<IReadOnlyList<int>> CachedCommunities(EngineInstance instance) => instance.Engine.CachedCommunitiesAsync(CancellationToken.None);

    /// <summary>A command a minute later than the one before: under every limit on commands, so each is judged on its own.</summary>
    private Task<EngineResult> Typed(EngineInstance instance, string person, string text)
    {
        _clock.Advance(TimeSpan.FromMinutes(1.1));
        return instance.Say(person, text);
    }
}
