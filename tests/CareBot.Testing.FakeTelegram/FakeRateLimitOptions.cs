namespace CareBot.Testing.FakeTelegram;

/// <summary>
/// Telegram's documented sending limits. The real server is vaguer ("about one message per second" per chat,
/// with short bursts tolerated); a token bucket models that, the other two are hard windows.
/// </summary>
public sealed class FakeRateLimitOptions
{
    public bool Enabled { get; init; } = true;

    /// <summary>Messages a chat may receive back to back before the per-chat rate applies.</summary>
    public int PerChatBurst { get; init; } = 3;

    /// <summary>Sustained messages per second per chat (the bucket refill rate).</summary>
    public double PerChatMessagesPerSecond { get; init; } = 1;

    /// <summary>Messages per rolling minute in one group or supergroup.</summary>
    public int PerGroupMessagesPerMinute { get; init; } = 20;

    /// <summary>Messages per rolling second across all chats.</summary>
    public int GlobalMessagesPerSecond { get; init; } = 30;

    public static FakeRateLimitOptions Disabled { get; } = new() { Enabled = false };
}
