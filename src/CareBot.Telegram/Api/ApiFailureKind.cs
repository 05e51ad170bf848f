namespace CareBot.Telegram.Api;

/// <summary>What a failed Bot API call means for the caller.</summary>
public enum ApiFailureKind
{
    /// <summary>401: the token was rejected (revoked, or never valid). Nothing will work until it is fixed.</summary>
    Unauthorized,

    /// <summary>404: the base URL does not lead to a Bot API server, or the method does not exist there.</summary>
    NotFound,

    /// <summary>429: too many requests; wait <see cref="ApiFailure.RetryAfter"/>.</summary>
    TooManyRequests,

    /// <summary>403: the bot may not write there (never started, blocked, kicked).</summary>
    Forbidden,

    /// <summary>400: the request itself was refused; sending it again will not help.</summary>
    BadRequest,

    /// <summary>409: another getUpdates (a second instance) or a webhook is in the way.</summary>
    Conflict,

    /// <summary>5xx, a dropped connection, a timeout: try again later.</summary>
    Transient,
}
