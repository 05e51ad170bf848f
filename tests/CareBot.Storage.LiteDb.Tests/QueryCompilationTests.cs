using System.Collections;
using System.Reflection;
using CareBot.Core.Platforms;
using CareBot.Storage.LiteDb.Tests.Support;
using LiteDB;

namespace CareBot.Storage.LiteDb.Tests;

/// <summary>
/// LiteDB compiles each distinct query text once and keeps it for the life of the process. A query that wrote
/// the time or an id into its text compiled anew on every call and kept growing that cache: a bot running for
/// months would slowly fill its memory. Lookups pass their values as parameters instead.
/// </summary>
public sealed class QueryCompilationTests : IDisposable
{
    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void Repeating_lookups_with_new_times_and_ids_compiles_nothing_new()
    {
        using var store = _file.Open();
        RunEveryTimedLookup(store, TestClock.Start);
        var compiled = CompiledExpressions();

        for (var minute = 1; minute <= 50; minute++)
        {
            RunEveryTimedLookup(store, TestClock.Start.AddMinutes(minute));
        }

        Assert.Equal(compiled, CompiledExpressions());
    }

    private static void RunEveryTimedLookup(LiteDbCareStore store, DateTimeOffset now) => store.Read(session =>
    {
        var id = now.Minute + 1;
        session.Outbox.Due(KnownPlatforms.Console, now, 10);
        session.Outbox.NextDue(KnownPlatforms.Console);
        session.Needs.RhythmDue(now, 10);
        session.Needs.DoneSince(id, now);
        session.Needs.FindByNumber(id, id);
        session.Needs.Involving(id, id);
        session.Members.CheckInsDue(now);
        session.Members.FindByIdentity(new UserRef(KnownPlatforms.Console, $"user{id}"));
        session.Members.InCommunity(id);
        session.Communities.DigestsDue(now);
        session.Offers.StillOnDue(now, 10);
        session.Offers.MadeSince(id, now);
        session.Offers.ByMember(id);
        return 0;
    });

    /// <summary>How many compiled expressions LiteDB holds in its process-wide caches.</summary>
    private static int CompiledExpressions()
    {
        var caches = typeof(BsonExpression).GetFields(BindingFlags.NonPublic | BindingFlags.Static)
            .Where(field => field.Name.StartsWith("_cache", StringComparison.Ordinal))
            .Select(field => (ICollection)field.GetValue(null)!)
            .ToList();
        Assert.True(caches.Count > 0, "LiteDB's expression caches were not found; this test was written for LiteDB 5.0.");
        return caches.Sum(cache => cache.Count);
    }
}
