using System.ComponentModel.DataAnnotations;

namespace CareBot.Discord.Api.Rest;

/// <summary>How the REST client identifies itself and how careful it is with Discord's limits. Validated at start-up.</summary>
public sealed class DiscordRestOptions
{
    /// <summary>The URL in <c>User-Agent: DiscordBot (url, version)</c>, which Discord requires of bots.</summary>
    [Required]
    public Uri UserAgentUrl { get; set; } = new("https://github.com/carebot/carebot");

    [Required(AllowEmptyStrings = false)]
    public string UserAgentVersion { get; set; } = "1.0";

    /// <summary>Bot-wide requests per second; Discord allows 50.</summary>
    [Range(1, 50)]
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>
    /// Invalid answers (401, 403, non-shared 429) allowed in <see cref="InvalidRequestWindow"/> before the client
    /// refuses to send more. Discord bans at 10,000 in 10 minutes; the default stops at half of that.
    /// </summary>
    [Range(1, 9_999)]
    public int InvalidRequestLimit { get; set; } = 5_000;

    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan InvalidRequestWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many 429s one request waits out before it gives up with <see cref="DiscordErrorKind.RateLimited"/>.</summary>
    [Range(0, 100)]
    public int MaxRateLimitRetries { get; set; } = 10;

    /// <summary>Retries after a 5xx or a lost connection (only where a retry cannot post something twice).</summary>
    [Range(0, 10)]
    public int MaxServerErrorRetries { get; set; } = 4;

    /// <summary>The first backoff; each retry doubles it, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public string UserAgent => $"DiscordBot ({UserAgentUrl}, {UserAgentVersion})";
}
