using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareBot.Discord.Api.Rest.RateLimits;

/// <summary>
/// Everything the bot's requests share, whichever client instance sends them: the route buckets, the global limit,
/// the invalid-request guard, and the knowledge that the token was refused. One per bot, a singleton.
/// </summary>
internal sealed class DiscordRateLimiter
{
    private readonly int _invalidLimit;
    private readonly ILogger _logger;
    private int _unauthorized;

    public DiscordRateLimiter(IOptions<DiscordRestOptions> options, TimeProvider time, ILogger<DiscordRateLimiter> logger)
    {
        var settings = options.Value;
        _invalidLimit = settings.InvalidRequestLimit;
        _logger = logger;
        Buckets = new BucketRegistry(time, logger);
        Global = new GlobalRequestLimiter(settings.GlobalRequestsPerSecond, time, logger);
        Guard = new InvalidRequestGuard(settings.InvalidRequestLimit, settings.InvalidRequestWindow, time);
    }

    public BucketRegistry Buckets { get; }

    public GlobalRequestLimiter Global { get; }

    public InvalidRequestGuard Guard { get; }

    /// <summary>Why <paramref name="route"/> must not be sent at all now, or null when it may go.</summary>
    public DiscordError? Refusal(RestRoute route)
    {
        if (Volatile.Read(ref _unauthorized) == 1)
        {
            return new DiscordError(DiscordErrorKind.Unauthorized, "The bot token was refused earlier; nothing more is sent.");
        }

        if (Guard.IsOpen)
        {
            return null;
        }

        RestLog.InvalidRequestLimitReached(_logger, route.Key, Guard.Count, _invalidLimit);
        return new DiscordError(
            DiscordErrorKind.InvalidRequestLimitReached,
            $"{Guard.Count} invalid requests in the window; sending more would risk a ban from Discord.");
    }

    /// <summary>A 401: the token is bad and will not get better by trying again.</summary>
    public void MarkUnauthorized()
    {
        if (Interlocked.Exchange(ref _unauthorized, 1) == 0)
        {
            RestLog.Unauthorized(_logger);
        }
    }
}
