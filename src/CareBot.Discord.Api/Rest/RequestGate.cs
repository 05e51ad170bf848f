namespace CareBot.Discord.Api.Rest;

/// <summary>
/// The caller's own pacing for one request (the bot-wide limit a delivery pipeline keeps across all it sends), asked by
/// the client for each attempt once the route's bucket has a place for it, just before the request goes. The permit it
/// returns is disposed when Discord has answered. Asked before the bucket, a request whose route is exhausted would hold
/// a place in the caller's limit while it waits out the route's reset, a place no other request could use.
/// </summary>
public delegate Task<IDisposable> RequestGate(CancellationToken cancellationToken);
