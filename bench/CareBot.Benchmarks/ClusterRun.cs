using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CareBot.Core.Matching;

namespace CareBot.Benchmarks;

/// <summary>
/// `cluster [instances] [seconds] [members] [concurrency] [mixed|reads]`, e.g. `cluster 1,2,3 20 1000 4 mixed`: for each count of instances,
/// a fresh database on <see cref="BenchPostgres"/>'s server seeded with a community, then that many
/// <see cref="ClusterWorker"/> processes on it at once, started together once each has loaded its working set. Prints
/// one table row per count: commands per second over all instances, and the median and 99th percentile latency of
/// each kind of command, with the machine's load average before and after.
/// </summary>
internal static class ClusterRun
{
    public static async Task<string> RunAsync(
        IReadOnlyList<int> counts, int seconds, int members, int concurrency, string mix, CancellationToken cancellationToken)
    {
        var weights = string.Join(" : ", ClusterWorker.Mixes[mix].Select(m => $"{m.Kind} {m.Weight}"));
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{members} members, {concurrency} commands at once per instance, {seconds} s per run, {mix}: {weights}");
        table.AppendLine("| instances | commands/s | /need p50 / p99 ms | /offer p50 / p99 | /claim p50 / p99 | /needs p50 / p99 | refused | threw | changed elsewhere: patched / reloaded | load before → after |");
        table.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var count in counts)
        {
            using var community = await SeededCommunity.CreateAsync(members, cancellationToken, kind: StoreKind.PostgreSql);
            await community.DeliverEverythingAsync(cancellationToken);
            Console.Error.WriteLine($"// {count} instance(s): seeded {members} members; {BenchPostgres.Durability(community.ConnectionString!)}; "
                + $"loading the community's working set takes {WorkingSetLoad(community):0} ms (median of 5)");
            var loadBefore = LoadAverage();
            var reports = await RunWorkersAsync(community, count, seconds, members, concurrency, mix, cancellationToken);
            var loadAfter = LoadAverage();
            table.AppendLine(Row(count, reports, $"{loadBefore} → {loadAfter}"));
            Console.Error.WriteLine("// " + table.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        }

        return table.ToString();
    }

    private static async Task<WorkerReport[]> RunWorkersAsync(
        SeededCommunity community, int count, int seconds, int members, int concurrency, string mix, CancellationToken cancellationToken)
    {
        var workers = new List<Process>();
        try
        {
            for (var instance = 0; instance < count; instance++)
            {
                workers.Add(StartWorker(community, seconds, members, instance, concurrency, mix));
            }

            foreach (var worker in workers)
            {
                var said = await worker.StandardOutput.ReadLineAsync(cancellationToken);
                if (said != "ready")
                {
                    throw new InvalidOperationException($"A worker did not start: {said} {await worker.StandardError.ReadToEndAsync(cancellationToken)}");
                }
            }

            foreach (var worker in workers)
            {
                await worker.StandardInput.WriteLineAsync("go");
                await worker.StandardInput.FlushAsync(cancellationToken);
            }

            var reports = new List<WorkerReport>();
            foreach (var worker in workers)
            {
                var line = await worker.StandardOutput.ReadLineAsync(cancellationToken)
                    ?? throw new InvalidOperationException("A worker ended without a report: " + await worker.StandardError.ReadToEndAsync(cancellationToken));
                reports.Add(JsonSerializer.Deserialize<WorkerReport>(line)!);
                await worker.WaitForExitAsync(cancellationToken);
            }

            return [.. reports];
        }
        finally
        {
            foreach (var worker in workers)
            {
                if (!worker.HasExited)
                {
                    worker.Kill();
                }

                worker.Dispose();
            }
        }
    }

    private static Process StartWorker(SeededCommunity community, int seconds, int members, int instance, int concurrency, string mix)
    {
        // Run as `dotnet CareBot.Benchmarks.dll` or as the apphost; either way the worker is this program again.
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ClusterRun).Assembly.Location);
        }

        foreach (var argument in new[]
        {
            "cluster-worker", community.ConnectionString!, Text(seconds), Text(members), Text(instance), Text(concurrency),
            community.Clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), mix,
        })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static string Row(int count, WorkerReport[] reports, string load)
    {
        var seconds = reports.Max(r => r.Seconds);
        var kinds = reports[0].Commands.Keys.ToList();
        var latencies = kinds.ToDictionary(k => k, k => reports.SelectMany(r => r.Commands[k].Milliseconds).Order().ToList());
        var total = latencies.Values.Sum(l => l.Count);
        var cells = kinds.Select(k => latencies[k] is { Count: > 0 } l ? $"{Percentile(l, 0.5):0.0} / {Percentile(l, 0.99):0}" : "–");
        var refused = reports.Sum(r => r.Commands.Values.Sum(c => c.Refused));
        var threw = reports.Sum(r => r.Commands.Values.Sum(c => c.Threw));
        var firstException = reports.SelectMany(r => r.Commands.Values).Select(c => c.FirstException).FirstOrDefault(e => e is not null);
        if (firstException is not null)
        {
            Console.Error.WriteLine($"// first exception: {firstException}");
        }

        var perKind = string.Join(", ", kinds.Select(k => $"{k} {latencies[k].Count}"));
        Console.Error.WriteLine($"// {count} instance(s): {total} commands in {seconds:0.0} s ({perKind})");
        return $"| {count} | {total / seconds:0} | {string.Join(" | ", cells)} | {refused} | {threw} | {reports.Sum(r => r.Patched)} / {reports.Sum(r => r.Reloaded)} | {load} |";
    }

    /// <summary>What an instance pays when another instance wrote since it last did: the whole working set, read again.</summary>
    private static double WorkingSetLoad(SeededCommunity community)
    {
        var timings = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var started = Stopwatch.GetTimestamp();
            community.Store.Read(session => CommunityWorkingSet.Load(session, session.Communities.Get(community.CommunityId)!));
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        timings.Sort();
        return timings[2];
    }

    private static double Percentile(List<double> sorted, double fraction) => sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * fraction))];

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
