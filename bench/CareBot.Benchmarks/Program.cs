using BenchmarkDotNet.Running;
using CareBot.Benchmarks;

// `dotnet run -c Release --project bench/CareBot.Benchmarks -- --filter '*'` runs every benchmark;
// `-- check` only verifies, in a few seconds, that candidate selection is index-based.
if (args is ["check"])
{
    foreach (var members in new[] { 1_000, 10_000 })
    {
        using var community = await SeededCommunity.CreateAsync(members, CancellationToken.None);
        Console.WriteLine($"{members} members: " + CandidateSelectionCheck.Verify(community.Store, community.CommunityId, community.Clock.GetUtcNow()));
    }

    return 0;
}

if (args is ["profile", var n, var postCount, var mapCount])
{
    using var community = await SeededCommunity.CreateAsync(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
    for (var round = 0; round < 3; round++)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        for (var post = 0; post < int.Parse(postCount, System.Globalization.CultureInfo.InvariantCulture); post++)
        {
            community.Clock.Advance(TimeSpan.FromMinutes(10));
            var r = await community.Engine.HandleAsync(new CareBot.Core.Engine.Inbound(community.Requester(post + round * 1000), SeededCommunity.Town, "/need " + NeedTexts.All[post % NeedTexts.All.Count]), CancellationToken.None);
        }

        Console.WriteLine($"TMP gc {GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2)} alloc {GC.GetTotalAllocatedBytes() / 1_000_000} MB");
        Console.WriteLine($"TMP post mean {sw.Elapsed.TotalMilliseconds / int.Parse(postCount, System.Globalization.CultureInfo.InvariantCulture):0.000} ms cpu {(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / int.Parse(postCount, System.Globalization.CultureInfo.InvariantCulture):0.000} ms");
        sw.Restart();
        cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < int.Parse(mapCount, System.Globalization.CultureInfo.InvariantCulture); i++)
        {
            await community.Engine.HandleAsync(new CareBot.Core.Engine.Inbound(SeededCommunity.User(0), SeededCommunity.Town, "/map"), CancellationToken.None);
        }

        Console.WriteLine($"TMP map mean {sw.Elapsed.TotalMilliseconds / int.Parse(mapCount, System.Globalization.CultureInfo.InvariantCulture):0.000} ms cpu {(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / int.Parse(mapCount, System.Globalization.CultureInfo.InvariantCulture):0.000} ms");
    }

    return 0;
}

if (args is ["storeops", var size2])
{
    using var community = await SeededCommunity.CreateAsync(int.Parse(size2, System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
    var store = community.Store;
    var sample = store.Read(s => s.Outbox.Get(1))!;
    var members = store.Read(s => s.Members.InCommunity(community.CommunityId)).Take(1000).ToList();
    var needSample = store.Read(s => s.Needs.Get(1))!;
    void Time(string name, Action<CareBot.Core.Storage.IStoreSession, int> op, int perTx)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < 300; i++) store.Write(s => { for (var k = 0; k < perTx; k++) op(s, i * perTx + k); return true; });
        Console.WriteLine($"TMP {name} x{perTx}: {sw.Elapsed.TotalMilliseconds / 300:0.000} ms cpu {(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / 300:0.000}");
    }
    Time("empty", (s, i) => { }, 1);
    Time("community update", (s, i) => s.Communities.Update(s.Communities.Get(community.CommunityId)!), 1);
    Time("member update", (s, i) => s.Members.Update(members[i % members.Count]), 1);
    Time("member update", (s, i) => s.Members.Update(members[i % members.Count]), 4);
    Time("outbox insert", (s, i) => s.Outbox.Enqueue(new CareBot.Core.Outbox.OutboxMessage(sample.Destination, sample.Content, sample.CommunityId, sample.MemberIds, sample.CreatedAt, sample.DeliverAfter)), 1);
    Time("outbox insert", (s, i) => s.Outbox.Enqueue(new CareBot.Core.Outbox.OutboxMessage(sample.Destination, sample.Content, sample.CommunityId, sample.MemberIds, sample.CreatedAt, sample.DeliverAfter)), 5);
    Time("need insert", (s, i) => s.Needs.Insert(CandidateSelectionCheck.NeedFor(community.Store.Read(x => CareBot.Core.Matching.CommunityWorkingSet.Load(x, x.Communities.Get(community.CommunityId)!)), "a ride to the clinic", community.Clock.GetUtcNow())), 0);
    return 0;
}

if (args is ["rank", var size])
{
    using var community = await SeededCommunity.CreateAsync(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
    var set = community.Store.Read(session => CareBot.Core.Matching.CommunityWorkingSet.Load(session, session.Communities.Get(community.CommunityId)!));
    var matcher = new CareBot.Core.Matching.Matcher();
    foreach (var text in NeedTexts.All)
    {
        var need = CandidateSelectionCheck.NeedFor(set, text, community.Clock.GetUtcNow());
        var relevance = new Dictionary<int, int>();
        set.CandidateOffers(need, relevance);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 200; i++) matcher.Rank(set, need, community.Clock.GetUtcNow(), 3);
        Console.WriteLine($"TMP rank {sw.Elapsed.TotalMilliseconds / 200:0.000} ms, {relevance.Count} offers, levels {string.Join(",", relevance.Values.GroupBy(v => v).OrderByDescending(g => g.Key).Select(g => $"{g.Key}:{g.Count()}"))} :: {text}");
    }

    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
return 0;
