using System.Collections;
using System.Reflection;
using CareBot.Core.Platforms;
using CareBot.Storage.LiteDb.Tests.Support;
using LiteDB;

namespace CareBot.Storage.LiteDb.Tests;

/// <summary>
/// LiteDB compiles each distinct query text once and keeps it for the life of the process. A query that wrote
/// the time or an id into its text compiled anew on every call and kept growing that cache: a bot running for
/// months would slowly fill its memory. Lookups pass their values as parameters instead, so no value ever
/// becomes part of a compiled query's text.
/// </summary>
public sealed class QueryCompilationTests : IDisposable
{
    /// <summary>A year and ids no other test uses, so finding them in LiteDB's process-wide cache can only mean these lookups put them there.</summary>
    private static readonly DateTimeOffset Distinctive = new(2091, 7, 13, 4, 5, 6, TimeSpan.Zero);
    private const int DistinctiveId = 7_654_321;

    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void No_time_or_id_a_lookup_is_given_becomes_part_of_a_compiled_query()
    {
        using var store = _file.Open();

        for (var minute = 0; minute < 5; minute++)
        {
            RunEveryLookupWithValues(store, Distinctive.AddMinutes(minute), DistinctiveId + minute);
        }

        var compiled = CompiledQueryTexts();
        Assert.NotEmpty(compiled);
        Assert.DoesNotContain(compiled, text => text.Contains("2091", StringComparison.Ordinal));
        Assert.DoesNotContain(compiled, text => text.Contains("765432", StringComparison.Ordinal));
    }

    private static void RunEveryLookupWithValues(LiteDbCareStore store, DateTimeOffset now, int id) => store.Read(session =>
    {
        session.Outbox.Due(KnownPlatforms.Console, now, 10);
        session.Outbox.NextDue(KnownPlatforms.Console);
        session.Outbox.DeferredDue(now, 10);
        session.Outbox.HeldFor(new UserRef(KnownPlatforms.Console, $"user{id}"));
        session.Needs.RhythmDue(now, 10);
        session.Needs.DoneSince(id, now);
        session.Needs.FindByNumber(id, id);
        session.Needs.Involving(id, id);
        session.Needs.ByRequester(id);
        session.Needs.ByHelper(id);
        session.Members.CheckInsDue(now);
        session.Members.FindByIdentity(new UserRef(KnownPlatforms.Console, $"user{id}"));
        session.Members.InCommunity(id);
        session.Communities.DigestsDue(now);
        session.Communities.SpacesOf(id);
        session.Offers.StillOnDue(now, 10);
        session.Offers.MadeSince(id, now);
        session.Offers.ByMember(id);
        return 0;
    });

    /// <summary>The text of every query LiteDB has compiled in this process, read from its expression caches.</summary>
    private static List<string> CompiledQueryTexts()
    {
        var caches = typeof(BsonExpression).GetFields(BindingFlags.NonPublic | BindingFlags.Static)
            .Where(field => field.Name.StartsWith("_cache", StringComparison.Ordinal))
            .Select(field => (IDictionary)field.GetValue(null)!)
            .ToList();
        Assert.True(caches.Count > 0, "LiteDB's expression caches were not found; this test was written for LiteDB 5.0.");
        // ConcurrentDictionary.Keys is a snapshot, so reading it while other tests compile queries is safe.
        return [.. caches.SelectMany(cache => cache.Keys.Cast<string>())];
    }
}
