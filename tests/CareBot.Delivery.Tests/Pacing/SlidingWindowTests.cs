using CareBot.Delivery.Pacing;

namespace CareBot.Delivery.Tests.Pacing;

public sealed class SlidingWindowTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Up_to_the_limit_go_at_once_and_the_next_waits_until_the_oldest_leaves_the_window()
    {
        var window = new SlidingWindow(3, TimeSpan.FromSeconds(1));
        window.Record(T0);
        window.Record(T0.AddMilliseconds(100));
        window.Record(T0.AddMilliseconds(200));

        Assert.Equal(TimeSpan.FromMilliseconds(700), window.WaitNeeded(T0.AddMilliseconds(300)));
        Assert.Equal(TimeSpan.Zero, window.WaitNeeded(T0.AddSeconds(1)));
    }

    [Fact]
    public void A_message_counts_from_when_the_platform_answered_it()
    {
        var window = new SlidingWindow(1, TimeSpan.FromSeconds(1));
        var slot = window.Record(T0);
        slot.Complete(T0.AddMilliseconds(250));

        Assert.Equal(TimeSpan.FromMilliseconds(250), window.WaitNeeded(T0.AddSeconds(1)));
    }

    [Fact]
    public void A_message_still_on_its_way_counts_as_sent_now_until_the_platform_answers_however_long_that_takes()
    {
        // A request that stalls reaches Telegram late and is counted late: forgetting it a second after it started (as
        // the window did) let a burst of stalled requests and the next ones land in the same second, drawing 429s.
        var window = new SlidingWindow(1, TimeSpan.FromSeconds(1));
        var slot = window.Begin(T0);

        var whileStalled = window.WaitNeeded(T0.AddSeconds(3));
        slot.Complete(T0.AddSeconds(3.5));

        Assert.Equal(TimeSpan.FromSeconds(1), whileStalled);
        Assert.Equal(TimeSpan.FromSeconds(0.5), window.WaitNeeded(T0.AddSeconds(4)));
        Assert.Equal(TimeSpan.Zero, window.WaitNeeded(T0.AddSeconds(4.5)));
    }

    [Fact]
    public void Twenty_a_minute_in_a_group_means_the_twenty_first_waits_for_the_first_to_be_a_minute_old()
    {
        var window = new SlidingWindow(20, TimeSpan.FromMinutes(1));
        for (var i = 0; i < 20; i++)
        {
            window.Record(T0.AddSeconds(i));
        }

        Assert.Equal(TimeSpan.FromSeconds(40), window.WaitNeeded(T0.AddSeconds(20)));
    }
}
