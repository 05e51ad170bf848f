using BenchmarkDotNet.Running;
using CareBot.Benchmarks;

// `dotnet run -c Release --project bench/CareBot.Benchmarks -- --filter '*'` runs every benchmark;
// `-- profile [members] [seconds] [LiteDb|PostgreSql]` posts needs in a loop for a quick reading or a trace;
// `-- cluster [instances] [seconds] [members] [concurrency] [mixed|reads]` measures throughput of 1, 2 and 3 instances on one PostgreSQL (ClusterRun);
// `-- check` only verifies, in a few seconds, that the seed texts and candidate selection are what the benchmarks assume.
if (args is ["check"])
{
    Console.WriteLine(SeedTextCheck.Verify());
    foreach (var members in new[] { 1_000, 10_000 })
    {
        using var community = await SeededCommunity.CreateAsync(members, CancellationToken.None);
        Console.WriteLine($"{members} members: " + CandidateSelectionCheck.Verify(community.Store, community.CommunityId, community.Clock.GetUtcNow()));
    }

    return 0;
}

if (args is ["profile", ..])
{
    var members = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
    var seconds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20;
    var store = args.Length > 3 ? Enum.Parse<StoreKind>(args[3], ignoreCase: true) : StoreKind.LiteDb;
    Console.WriteLine(await ProfileLoop.RunAsync(members, TimeSpan.FromSeconds(seconds), store, CancellationToken.None));
    return 0;
}

if (args is ["cluster", ..])
{
    var counts = args.Length > 1 ? args[1].Split(',').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToList() : [1, 2, 3];
    var seconds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20;
    var members = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1_000;
    var concurrency = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 4;
    var mix = args.Length > 5 ? args[5] : "mixed";
    if (!ClusterWorker.Mixes.ContainsKey(mix))
    {
        Console.Error.WriteLine($"Unknown mix '{mix}': one of {string.Join(", ", ClusterWorker.Mixes.Keys)}.");
        return 2;
    }

    Console.WriteLine(await ClusterRun.RunAsync(counts, seconds, members, concurrency, mix, CancellationToken.None));
    return 0;
}

if (args is ["cluster-worker", ..])
{
    return await ClusterWorker.RunAsync(args, CancellationToken.None);
}

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
return 0;
