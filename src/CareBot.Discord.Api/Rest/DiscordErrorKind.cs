namespace CareBot.Discord.Api.Rest;

/// <summary>Why a request did not succeed, in the terms a caller decides on.</summary>
public enum DiscordErrorKind
{
    /// <summary>Discord answered and refused (4xx): see the code, message and field errors.</summary>
    Rejected,

    /// <summary>401: the token is wrong or revoked. The client sends nothing more; the host should stop.</summary>
    Unauthorized,

    /// <summary>Still rate limited after the configured number of waits.</summary>
    RateLimited,

    /// <summary>Discord kept failing (5xx) through every retry.</summary>
    ServerError,

    /// <summary>No answer arrived (connection failed, dropped or timed out), after the retries that were safe.</summary>
    NetworkFailure,

    /// <summary>
    /// Refused here, unsent: so many 401/403/429 answers came in the last ten minutes that going on would risk
    /// Discord's temporary ban. Requests go out again as old answers leave the window.
    /// </summary>
    InvalidRequestLimitReached,

    /// <summary>Discord answered 2xx with a body this client could not read.</summary>
    UnreadableResponse,
}
