namespace CareBot.Discord.Api.Rest.RateLimits;

/// <summary>A request's place in its bucket, given back (once) with what the answer taught.</summary>
internal sealed class BucketLease(BucketRegistry registry, RestRoute route, RouteBucket bucket)
{
    private int _completed;

    public RestRoute Route => route;

    public RouteBucket Bucket => bucket;

    public void Complete(RateLimitHeaders? headers, TimeSpan? retryAfter)
    {
        if (Interlocked.Exchange(ref _completed, 1) == 0)
        {
            registry.Complete(this, headers, retryAfter);
        }
    }
}
