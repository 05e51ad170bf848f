using System.Diagnostics;
using System.Text.Json;
using CareBot.Core.Engine;
using CareBot.Storage.PostgreSql;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Benchmarks;

/// <summary>
/// `cluster-worker CONNECTION SECONDS MEMBERS INSTANCE CONCURRENCY START MIX`: one CareBot instance as a process of its own
/// (its own engine, working sets and PostgreSQL pool) on the database <see cref="ClusterRun"/> seeded. It loads the
/// working set, says "ready", waits for "go" on standard input, then drives commands from random members as fast as
/// it can from CONCURRENCY loops at once (updates arriving together, as from a balancer) for SECONDS, and prints a
/// <see cref="WorkerReport"/>. The outbox is not delivered: the writes and reads of commands are what is measured.
/// </summary>
internal static class ClusterWorker
{
    /// <summary>The mixes, by weight: posting and offering write, claiming writes when it succeeds, listing reads.</summary>
    public static readonly IReadOnlyDictionary<string, (string Kind, int Weight)[]> Mixes = new Dictionary<string, (string, int)[]>
    {
        ["mixed"] = [("/need", 3), ("/offer", 2), ("/claim", 2), ("/needs", 3)],
        ["reads"] = [("/need", 0), ("/offer", 0), ("/claim", 0), ("/needs", 1)],
    };

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var connectionString = args[1];
        var seconds = Parse(args[2]);
        var members = Parse(args[3]);
        var instance = Parse(args[4]);
        var concurrency = Parse(args[5]);

        // The seeded community's simulated time, a minute more per command, so daily ask limits reset as they would.
        var mix = Mixes[args[7]];
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(args[6], System.Globalization.CultureInfo.InvariantCulture)));
        using var store = PostgreSqlCareStore.Open(connectionString);
        using var engine = new CareEngine(store, clock, [], BenchUnderstanding.Remembering);
        var warm = await engine.HandleAsync(new Inbound(SeededCommunity.User(instance), SeededCommunity.Town, "/needs"), cancellationToken);
        if (!warm.Succeeded)
        {
            throw new InvalidOperationException($"The first /needs failed: {warm.Problem!.Message}");
        }

        var highest = store.Read(session =>
        {
            var community = session.Communities.FindSpace(SeededCommunity.Town.Space)!.CommunityId;
            return session.Needs.Active(community).Select(n => n.Number).DefaultIfEmpty(0).Max();
        });
        Console.WriteLine("ready");
        if (await Console.In.ReadLineAsync(cancellationToken) != "go")
        {
            return 1;
        }

        var posted = 0;
        var elapsed = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        var loops = Enumerable.Range(0, concurrency).Select(loop => Task.Run(async () =>
        {
            var random = new Random((instance * 1000) + loop);
            var timings = mix.ToDictionary(m => m.Kind, _ => CommandTimings.Empty());
            while (elapsed.Elapsed < deadline)
            {
                var kind = Pick(mix, random);
                var member = SeededCommunity.User(random.Next(members));
                var text = kind switch
                {
                    "/need" => "/need " + NeedTexts.All[random.Next(NeedTexts.All.Count)],
                    "/offer" => "/offer " + OfferTexts.FiveFor(random).First(),

                    // One of the latest needs, as people answer fresh posts: some already claimed or their own (refused).
                    "/claim" => $"/claim {Math.Max(1, highest + Volatile.Read(ref posted) - random.Next(20))}",
                    _ => "/needs",
                };
                clock.Advance(TimeSpan.FromMinutes(1));
                var started = Stopwatch.GetTimestamp();
                var current = timings[kind];
                try
                {
                    var result = await engine.HandleAsync(new Inbound(member, SeededCommunity.Town, text), cancellationToken);
                    current.Milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (!result.Succeeded)
                    {
                        timings[kind] = current with { Refused = current.Refused + 1 };
                    }
                    else if (kind == "/need")
                    {
                        Interlocked.Increment(ref posted);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    timings[kind] = current with { Threw = current.Threw + 1, FirstException = current.FirstException ?? e.GetType().Name + ": " + e.Message };
                }
            }

            return timings;
        }, cancellationToken)).ToList();
        var all = await Task.WhenAll(loops);
        var secondsMeasured = elapsed.Elapsed.TotalSeconds;
        var merged = mix.ToDictionary(m => m.Kind, m => new CommandTimings(
            all.SelectMany(t => t[m.Kind].Milliseconds).ToList(), all.Sum(t => t[m.Kind].Refused), all.Sum(t => t[m.Kind].Threw),
            all.Select(t => t[m.Kind].FirstException).FirstOrDefault(e => e is not null)));
        var changesElsewhere = store.Read(session => session.ChangesElsewhere);
        var (patched, reloaded) = engine.WorkingSetRefreshes;
        Console.WriteLine(JsonSerializer.Serialize(new WorkerReport(instance, secondsMeasured, merged, changesElsewhere, patched, reloaded)));
        return 0;
    }

    private static string Pick((string Kind, int Weight)[] mix, Random random)
    {
        var roll = random.Next(mix.Sum(m => m.Weight));
        foreach (var (kind, weight) in mix)
        {
            if (roll < weight)
            {
                return kind;
            }

            roll -= weight;
        }

        return mix[^1].Kind;
    }

    private static int Parse(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
