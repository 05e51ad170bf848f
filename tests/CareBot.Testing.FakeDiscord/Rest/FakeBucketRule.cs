namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>
/// A rate-limit bucket: its hash (sent in X-RateLimit-Bucket), its limit per window, and the routes that share it
/// ("POST /channels/{channel_id}/messages"). Counted per top-level resource, like Discord.
/// </summary>
public sealed record FakeBucketRule(string Hash, int Limit, TimeSpan ResetAfter, params string[] Routes);
