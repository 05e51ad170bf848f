namespace CareBot.Testing.FakeDiscord.Rest;

public enum FakeRestFaultKind
{
    /// <summary>Answers with the fault's 5xx status.</summary>
    ServerError,

    /// <summary>Closes the connection without an answer, after reading the request.</summary>
    DropConnection,

    /// <summary>Does what the request asks, then closes the connection: the client never hears that it worked.</summary>
    LoseAnswer,

    /// <summary>A 429 of the bot's per-route limit (scope "user").</summary>
    UserRateLimit,

    /// <summary>A 429 of the global limit: scope "global", X-RateLimit-Global, "global": true.</summary>
    GlobalRateLimit,

    /// <summary>A 429 of a resource's shared limit (scope "shared"), which Discord does not count as invalid.</summary>
    SharedRateLimit,
}
