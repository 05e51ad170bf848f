using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>
/// Discord's limits as the fake keeps them: a window per bucket hash and top-level resource that opens at its first
/// request, and a per-second global count. Called under the state's lock.
/// </summary>
internal sealed class FakeRateLimits(FakeDiscordRestOptions options)
{
    private readonly Dictionary<string, (int Used, DateTimeOffset ResetAt)> _windows = [];
    private (int Used, DateTimeOffset Start) _global;

    /// <summary>Counts the request in its bucket, unless the bucket is spent; says which, with the headers to send.</summary>
    public (bool Exceeded, Dictionary<string, string> Headers, double ResetAfter) Take(string route, string major, DateTimeOffset now, bool consume)
    {
        var rule = options.Buckets.FirstOrDefault(bucket => bucket.Routes.Contains(route))
            ?? new FakeBucketRule(HashOf(route), options.DefaultLimit, options.DefaultResetAfter, route);
        var key = $"{rule.Hash}|{major}";
        if (!_windows.TryGetValue(key, out var window) || now >= window.ResetAt)
        {
            window = (0, now + rule.ResetAfter);
        }

        var exceeded = window.Used >= rule.Limit;
        if (!exceeded && consume)
        {
            window.Used++;
        }

        _windows[key] = window;
        // Rounded up to the millisecond, as Discord does, so a client that waits exactly this long is not early.
        var resetAfter = Math.Ceiling((window.ResetAt - now).TotalMilliseconds) / 1000;
        var headers = new Dictionary<string, string>
        {
            ["X-RateLimit-Bucket"] = rule.Hash,
            ["X-RateLimit-Limit"] = rule.Limit.ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Remaining"] = Math.Max(0, rule.Limit - window.Used).ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Reset"] = (window.ResetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture),
            ["X-RateLimit-Reset-After"] = resetAfter.ToString("0.000", CultureInfo.InvariantCulture),
        };
        return (exceeded, headers, resetAfter);
    }

    /// <summary>Counts a request against the global limit; true when it is over (then answered with a global 429).</summary>
    public bool OverGlobal(DateTimeOffset now)
    {
        if (options.GlobalLimitPerSecond <= 0)
        {
            return false;
        }

        if (now - _global.Start >= TimeSpan.FromSeconds(1))
        {
            _global = (0, now);
        }

        return ++_global.Used > options.GlobalLimitPerSecond;
    }

    public double GlobalRetryAfter(DateTimeOffset now) => Math.Max(0.001, Math.Ceiling((_global.Start.AddSeconds(1) - now).TotalMilliseconds) / 1000);

    private static string HashOf(string route) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(route)), 0, 16);
}
