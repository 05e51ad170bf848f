using BenchmarkDotNet.Running;
using CareBot.Benchmarks;

// `dotnet run -c Release --project bench/CareBot.Benchmarks -- --filter '*'` runs every benchmark;
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

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
return 0;
