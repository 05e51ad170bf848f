using System.Diagnostics;
using CareBot.Core.Engine;

namespace CareBot.Benchmarks;

/// <summary>
/// `-- profile [members] [seconds] [LiteDb|PostgreSql]`: posts needs in a loop, delivering what each post sent before the
/// next one (outside the timing), and prints the median, the 90th percentile, what each post allocated and how much it
/// wrote to the store's log (LiteDB's pages, PostgreSQL's WAL). Not a benchmark (one process, no warm-up statistics): a quick reading while changing
/// code, and a steady workload to attach dotnet-trace or dotnet-counters to.
/// </summary>
internal static class ProfileLoop
{
    private const int PageSize = 8192;

    public static async Task<string> RunAsync(int members, TimeSpan duration, StoreKind kind, CancellationToken cancellationToken)
    {
        using var community = await SeededCommunity.CreateAsync(members, cancellationToken, kind: kind);
        await community.DeliverEverythingAsync(cancellationToken);
        var server = community.ConnectionString is { } connectionString ? "; " + BenchPostgres.Durability(connectionString) : "";
        Console.Error.WriteLine($"// seeded {members} members on {kind}{server}; pid {Environment.ProcessId}; posting for {duration.TotalSeconds:0} s");
        var timings = new List<double>();
        long allocated = 0, bytesWritten = 0, postsMeasuredForPages = 0;
        var total = Stopwatch.StartNew();
        for (var post = 0; total.Elapsed < duration; post++)
        {
            community.Clock.Advance(TimeSpan.FromMinutes(10));
            var text = "/need " + NeedTexts.All[post % NeedTexts.All.Count];
            var logBefore = community.LogBytes();
            // Every thread's: the engine runs the command on its own thread, so this thread's count says nothing.
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var started = Stopwatch.GetTimestamp();
            await community.Engine.HandleAsync(new Inbound(community.Requester(post), SeededCommunity.Town, text), cancellationToken);
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            allocated += GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

            // A checkpoint empties LiteDB's log mid-post; those posts are left out of the count.
            var grown = community.LogBytes() - logBefore;
            if (grown > 0)
            {
                bytesWritten += grown;
                postsMeasuredForPages++;
            }

            await community.DeliverEverythingAsync(cancellationToken);
        }

        var mean = timings.Average();
        timings.Sort();
        return $"{timings.Count} posts: mean {mean:0.000} ms, median {timings[timings.Count / 2]:0.000} ms, p90 {timings[timings.Count * 9 / 10]:0.000} ms, "
            + $"{allocated / timings.Count / 1024} KB allocated per post, {(double)bytesWritten / PageSize / Math.Max(1, postsMeasuredForPages):0.0} pages (8 KB) of log written per post, working set {Environment.WorkingSet / 1024 / 1024} MB";
    }
}
