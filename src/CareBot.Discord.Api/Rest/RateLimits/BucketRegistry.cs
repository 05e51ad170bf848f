using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CareBot.Discord.Api.Rest.RateLimits;

/// <summary>
/// Finds the bucket of a request: by the hash Discord gave the route (routes may share one), else by the route
/// itself, always together with the top-level resource, since each channel, guild or webhook has its own count.
/// </summary>
internal sealed class BucketRegistry(TimeProvider time, ILogger logger)
{
    private readonly ConcurrentDictionary<string, string> _hashByRoute = new();
    private readonly ConcurrentDictionary<string, RouteBucket> _buckets = new();

    public async ValueTask<BucketLease> AcquireAsync(RestRoute route, CancellationToken cancellationToken)
    {
        while (true)
        {
            // Looked up each time round: the answer we waited for may have revealed the route's real bucket.
            var bucket = Resolve(route);
            if (bucket.TryAcquire() is not { } wait)
            {
                return new BucketLease(this, route, bucket);
            }

            if (wait.Delay is { } delay)
            {
                RestLog.WaitingForBucket(logger, route.Key, delay);
                await Task.Delay(delay, time, cancellationToken);
            }
            else
            {
                await wait.Change!.WaitAsync(cancellationToken);
            }
        }
    }

    public void Complete(BucketLease lease, RateLimitHeaders? headers, TimeSpan? retryAfter)
    {
        lease.Bucket.Release(headers, retryAfter);
        if (headers?.Bucket is not { Length: > 0 } hash)
        {
            return;
        }

        _hashByRoute[lease.Route.Key] = hash;
        var shared = _buckets.GetOrAdd(Key(hash, lease.Route), _ => new RouteBucket(time));
        if (!ReferenceEquals(shared, lease.Bucket))
        {
            shared.Learn(headers, retryAfter);
        }
    }

    private RouteBucket Resolve(RestRoute route)
    {
        var identity = _hashByRoute.TryGetValue(route.Key, out var hash) ? hash : route.Key;
        return _buckets.GetOrAdd(Key(identity, route), _ => new RouteBucket(time));
    }

    private static string Key(string identity, RestRoute route) => $"{identity}|{route.MajorParameter}";
}
