namespace CareBot.Discord.Delivery;

/// <summary>What became of one attempt to deliver an outbox message to Discord, in the terms a delivery pipeline acts on.</summary>
public enum DiscordSendVerdict
{
    /// <summary>Every part was posted: mark it sent.</summary>
    Delivered,

    /// <summary>The person's DMs are closed (50007): keep the message held for them, tell them once, deliver when they can be reached.</summary>
    Unreachable,

    /// <summary>Try again later: rate limited past the client's own waits (429), Discord failing (5xx), no answer, or the invalid-request guard. See the retry hint.</summary>
    RetryLater,

    /// <summary>The server has no channel for posts yet (no system channel, no /setup): hold until an admin chooses one.</summary>
    NoChannel,

    /// <summary>The channel or server is gone or closed to the bot (10003, 10004, 50001, 50013): drop it; retrying cannot help.</summary>
    Gone,

    /// <summary>Discord refused the message itself (50035 and other 4xx): a bug here; drop it and log, retrying would fail the same way.</summary>
    Rejected,

    /// <summary>The token was refused (401): nothing more can be sent; the host is stopping.</summary>
    Unauthorized,
}
