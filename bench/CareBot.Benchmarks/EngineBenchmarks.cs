using BenchmarkDotNet.Attributes;
using Perfolizer.Mathematics.OutlierDetection;
using CareBot.Core.Engine;

namespace CareBot.Benchmarks;

/// <summary>
/// The two operations the issue sets goals for, end to end through the engine on a LiteDB file or on PostgreSQL
/// (see <see cref="BenchPostgres"/>): posting a need (parse, match, write the need, the group post and the private asks,
/// commit) and /map.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 100, iterationCount: 2000, invocationCount: 1)]
[GcForce(false)]
[Outliers(OutlierMode.DontRemove)]
[Config(typeof(PerOperationColumns))]
public class EngineBenchmarks : IDisposable
{
    /// <summary>
    /// The clock moves this much before every post: a busy community posting 144 needs a day. It keeps the
    /// measurement honest: daily ask limits reset each simulated day as they would in real life, so later
    /// iterations neither run out of candidates (and skip the asks) nor pile up exclusions forever.
    /// </summary>
    private static readonly TimeSpan PostInterval = TimeSpan.FromMinutes(10);

    private SeededCommunity? _community;
    private int _posts;

    [Params(1_000, 10_000)]
    public int Members { get; set; }

    [ParamsSource(nameof(Stores))]
    public StoreKind Store { get; set; }

    /// <summary>PostgreSQL only where a server can be had; the console says so when it can't.</summary>
    public static IEnumerable<StoreKind> Stores()
    {
        yield return StoreKind.LiteDb;
        if (BenchPostgres.Unavailable is { } problem)
        {
            Console.WriteLine($"// PostgreSQL left out: {problem}");
            yield break;
        }

        yield return StoreKind.PostgreSql;
    }

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _community = await SeededCommunity.CreateAsync(Members, CancellationToken.None, kind: Store);
        if (_community.ConnectionString is { } connectionString)
        {
            Console.WriteLine("// " + BenchPostgres.Durability(connectionString));
        }

        Console.WriteLine("// " + CandidateSelectionCheck.Verify(_community.Store, _community.CommunityId, _community.Clock.GetUtcNow()));
    }

    /// <summary>
    /// Posting a need as it happens in production: the adapters deliver the outbox moments after each command, so it
    /// stays short. Here what each post sent is delivered after it, outside the measurement.
    /// </summary>
    [Benchmark]
    public Task<EngineResult> PostNeed() => Post();

    [IterationCleanup(Target = nameof(PostNeed))]
    public void DeliverWhatWasPosted() => _community!.DeliverEverythingAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The worst case: the platform is unreachable, nothing is delivered, and every post adds to a growing outbox.</summary>
    [Benchmark]
    public Task<EngineResult> PostNeedUndelivered() => Post();

    [Benchmark]
    public Task<EngineResult> Map() =>
        _community!.Engine.HandleAsync(new Inbound(SeededCommunity.User(0), SeededCommunity.Town, "/map"), CancellationToken.None);

    private Task<EngineResult> Post()
    {
        var community = _community!;
        var post = _posts++;
        community.Clock.Advance(PostInterval);
        var text = "/need " + NeedTexts.All[post % NeedTexts.All.Count];
        return community.Engine.HandleAsync(new Inbound(community.Requester(post), SeededCommunity.Town, text), CancellationToken.None);
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        if (_community is not null && _posts > 0)
        {
            Console.WriteLine("// " + PostStatistics.Describe(_community.Store, _community.CommunityId));
        }

        Dispose();
    }

    public void Dispose()
    {
        _community?.Dispose();
        _community = null;
        GC.SuppressFinalize(this);
    }
}
