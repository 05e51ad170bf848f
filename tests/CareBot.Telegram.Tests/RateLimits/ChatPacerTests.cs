using CareBot.Telegram.RateLimits;

namespace CareBot.Telegram.Tests.RateLimits;

public sealed class ChatPacerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_chat_gets_at_most_one_message_a_second()
    {
        var pacer = new ChatPacer(TimeSpan.FromSeconds(1), groupWindow: null);

        var first = pacer.WaitNeeded(T0);
        pacer.Record(T0.AddMilliseconds(20));

        Assert.Equal(TimeSpan.Zero, first);
        Assert.Equal(TimeSpan.FromMilliseconds(520), pacer.WaitNeeded(T0.AddMilliseconds(500)));
    }

    [Fact]
    public void A_group_also_waits_for_its_minute_window()
    {
        var pacer = new ChatPacer(TimeSpan.FromSeconds(1), new SlidingWindow(2, TimeSpan.FromMinutes(1)));
        pacer.Record(T0);
        pacer.Record(T0.AddSeconds(1));

        Assert.Equal(TimeSpan.FromSeconds(58), pacer.WaitNeeded(T0.AddSeconds(2)));
        Assert.False(pacer.IsIdle(T0.AddSeconds(2)));
        Assert.True(pacer.IsIdle(T0.AddSeconds(62)));
    }
}
