using System.ComponentModel.DataAnnotations;

namespace CareBot.Discord.Hosting;

/// <summary>
/// The limits delivery keeps to ahead of Discord's 429s: 50 requests a second for the whole bot (Discord's global
/// limit) and 5 messages every 5 seconds in one channel (the bucket Discord reports for posting in a channel). The
/// client still reads Discord's own bucket headers and waits when they say so; tests that are not about limits loosen these.
/// </summary>
public sealed class DiscordRateLimits
{
    [Range(1, 100_000, ErrorMessage = "Discord:Limits:RequestsPerSecond must be at least 1.")]
    public int RequestsPerSecond { get; set; } = 50;

    [Range(1, 100_000, ErrorMessage = "Discord:Limits:ChannelMessages must be at least 1.")]
    public int ChannelMessages { get; set; } = 5;

    [Range(0, 600_000, ErrorMessage = "Discord:Limits:ChannelWindowMs must be between 0 and 600000.")]
    public int ChannelWindowMs { get; set; } = 5000;

    public TimeSpan ChannelWindow => TimeSpan.FromMilliseconds(ChannelWindowMs);
}
