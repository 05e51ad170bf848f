namespace CareBot.Discord.Api.Rest;

/// <summary>
/// A request to send: its route, a factory for its body (a fresh one per attempt, since a sent body is spent), and
/// whether sending it twice is harmless, which decides if it may be retried after an answer that never came.
/// </summary>
internal sealed record RestRequest(RestRoute Route, Func<HttpContent>? Body = null)
{
    /// <summary>GET, PUT, PATCH and DELETE are; a POST only when it carries an enforced nonce.</summary>
    public bool IsIdempotent { get; init; } = Route.Method != HttpMethod.Post;

    /// <summary>The caller's pacing, asked before each attempt once the bucket has room (see <see cref="RequestGate"/>).</summary>
    public RequestGate? Gate { get; init; }
}
