using System.Net;

namespace CareBot.Discord.Api.Rest;

/// <summary>How one try of a request ended: an answer (status and body), no answer, or a refusal before sending.</summary>
internal sealed record RestAttempt(RestRoute Route)
{
    public HttpStatusCode? Status { get; init; }

    public byte[] Body { get; init; } = [];

    /// <summary>For a 429: how long Discord asked us to wait.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public Exception? NetworkFailure { get; init; }

    public DiscordError? Refusal { get; init; }

    /// <summary>A 5xx or a lost answer that is safe to try again.</summary>
    public bool Retriable { get; init; }

    public bool IsRateLimited => Status == HttpStatusCode.TooManyRequests;

    public string FailureName => Status is { } status ? ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture) : NetworkFailure?.GetType().Name ?? "refused";
}
