using System.Globalization;
using System.Net.Http.Headers;

namespace CareBot.Discord.Api.Rest.RateLimits;

/// <summary>
/// What a response says about its rate limit. Reset-After (seconds from now) is used, never the absolute
/// X-RateLimit-Reset, so a skewed local clock cannot make us early or late.
/// </summary>
internal sealed record RateLimitHeaders(string? Bucket, int? Limit, int? Remaining, TimeSpan? ResetAfter, RateLimitScope Scope, bool IsGlobal)
{
    public bool DescribesBucket => Limit is not null && Remaining is not null && ResetAfter is not null;

    public static RateLimitHeaders Read(HttpResponseHeaders headers)
    {
        var scope = First(headers, "X-RateLimit-Scope") switch
        {
            "global" => RateLimitScope.Global,
            "shared" => RateLimitScope.Shared,
            _ => RateLimitScope.User,
        };
        var global = string.Equals(First(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase);
        return new RateLimitHeaders(
            First(headers, "X-RateLimit-Bucket"),
            Integer(First(headers, "X-RateLimit-Limit")),
            Integer(First(headers, "X-RateLimit-Remaining")),
            Seconds(First(headers, "X-RateLimit-Reset-After")),
            global ? RateLimitScope.Global : scope,
            global || scope == RateLimitScope.Global);
    }

    /// <summary>The Retry-After header, in seconds, when the body did not say.</summary>
    public static TimeSpan? RetryAfterHeader(HttpResponseHeaders headers) => Seconds(First(headers, "Retry-After"));

    private static string? First(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static int? Integer(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static TimeSpan? Seconds(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
