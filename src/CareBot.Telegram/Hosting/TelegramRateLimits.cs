using System.ComponentModel.DataAnnotations;

namespace CareBot.Telegram.Hosting;

/// <summary>
/// Telegram's documented limits for bots: about one message a second in a chat, 20 a minute in a group, 30 a second
/// overall. The defaults are those; tests that are not about limits loosen them.
/// </summary>
public sealed class TelegramRateLimits
{
    /// <summary>Least time between two messages to the same chat, in milliseconds.</summary>
    [Range(0, 60_000, ErrorMessage = "Telegram:Limits:PerChatIntervalMs must be between 0 and 60000.")]
    public int PerChatIntervalMs { get; set; } = 1000;

    [Range(1, 100_000, ErrorMessage = "Telegram:Limits:GroupMessagesPerMinute must be at least 1.")]
    public int GroupMessagesPerMinute { get; set; } = 20;

    [Range(1, 100_000, ErrorMessage = "Telegram:Limits:MessagesPerSecond must be at least 1.")]
    public int MessagesPerSecond { get; set; } = 30;

    public TimeSpan PerChatInterval => TimeSpan.FromMilliseconds(PerChatIntervalMs);
}
