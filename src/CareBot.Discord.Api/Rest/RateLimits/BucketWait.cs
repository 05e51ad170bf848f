namespace CareBot.Discord.Api.Rest.RateLimits;

/// <summary>Why a request may not go yet: a known time to wait, or a response in flight that will tell us more.</summary>
internal readonly record struct BucketWait(TimeSpan? Delay, Task? Change);
