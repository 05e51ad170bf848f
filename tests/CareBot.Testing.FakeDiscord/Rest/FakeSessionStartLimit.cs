namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>The <c>session_start_limit</c> of <c>GET /gateway/bot</c>.</summary>
public sealed record FakeSessionStartLimit(int Total, int Remaining, TimeSpan ResetAfter, int MaxConcurrency);
