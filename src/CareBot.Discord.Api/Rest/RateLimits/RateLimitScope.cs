namespace CareBot.Discord.Api.Rest.RateLimits;

/// <summary>Whose limit a 429 was about (the <c>X-RateLimit-Scope</c> header).</summary>
internal enum RateLimitScope
{
    /// <summary>This bot's per-route limit.</summary>
    User,

    /// <summary>This bot's global limit: every route must wait.</summary>
    Global,

    /// <summary>A limit on the resource shared by everyone (a busy channel): it does not count as an invalid request.</summary>
    Shared,
}
