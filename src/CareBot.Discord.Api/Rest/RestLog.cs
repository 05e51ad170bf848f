using Microsoft.Extensions.Logging;

namespace CareBot.Discord.Api.Rest;

/// <summary>
/// What the REST client logs. Routes are logged by template ("POST /channels/{channel_id}/messages"), never by
/// path, because webhook and interaction paths carry tokens.
/// </summary>
internal static partial class RestLog
{
    [LoggerMessage(EventId = 9100, Level = LogLevel.Debug, Message = "Waiting {Delay} for the rate limit of {Route}")]
    public static partial void WaitingForBucket(ILogger logger, string route, TimeSpan delay);

    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "Waiting {Delay} for Discord's global rate limit")]
    public static partial void WaitingForGlobalLimit(ILogger logger, TimeSpan delay);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Information, Message = "Rate limited on {Route} ({Scope}); retrying after {RetryAfter}")]
    public static partial void RateLimited(ILogger logger, string route, string scope, TimeSpan retryAfter);

    [LoggerMessage(EventId = 9103, Level = LogLevel.Warning, Message = "{Route} failed ({Failure}); attempt {Attempt} of the retries, next in {Delay}")]
    public static partial void Retrying(ILogger logger, string route, string failure, int attempt, TimeSpan delay);

    // A warning: whoever holds the client decides what a refused token means for the process (the gateway service stops the host with one line).
    [LoggerMessage(EventId = 9104, Level = LogLevel.Warning, Message = "Discord refused the bot token (401); no further requests will be sent")]
    public static partial void Unauthorized(ILogger logger);

    [LoggerMessage(EventId = 9105, Level = LogLevel.Error, Message = "Refusing {Route}: {Count} invalid requests in the window, the configured ceiling is {Limit}")]
    public static partial void InvalidRequestLimitReached(ILogger logger, string route, int count, int limit);

    [LoggerMessage(EventId = 9106, Level = LogLevel.Warning, Message = "{Route} failed without an answer")]
    public static partial void NetworkFailure(ILogger logger, Exception exception, string route);
}
