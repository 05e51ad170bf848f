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

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
return 0;
