using BenchmarkDotNet.Running;
using CareBot.Benchmarks;

// `dotnet run -c Release --project bench/CareBot.Benchmarks -- --filter '*'` runs every benchmark;
// `-- profile [members] [seconds]` posts needs in a loop for a quick reading or a trace;
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
    Console.WriteLine(await ProfileLoop.RunAsync(members, TimeSpan.FromSeconds(seconds), CancellationToken.None));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
return 0;
