using CareBot.Delivery.Pacing;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Delivery.Tests.Pacing;

public sealed class DestinationPacerTests
{
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(30);
    private static readonly DeliveryLimits Telegram = new(
        RateWindow.OnePer(TimeSpan.FromSeconds(1)), new RateWindow(2, TimeSpan.FromMinutes(1)), new RateWindow(30, TimeSpan.FromSeconds(1)));

    [Fact]
    public async Task A_chat_gets_at_most_one_message_a_second_counted_from_the_answer()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));
        using var bot = new SendWindowLimiter(Telegram.PerBot, clock);
        using var pacer = new DestinationPacer(Telegram, isGroup: false, bot, clock);
        var first = await pacer.AcquireAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMilliseconds(20));
        first.Dispose();

        // Answered at 20 ms, so the next may go at 1020 ms: at 1019 ms it still waits.
        var second = pacer.AcquireAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMilliseconds(999));
        var waitingAtAlmostASecond = !second.IsCompleted;
        clock.Advance(TimeSpan.FromMilliseconds(1));
        (await second.WaitAsync(Ceiling)).Dispose();

        Assert.True(waitingAtAlmostASecond);
    }

    [Fact]
    public async Task A_group_also_waits_for_its_minute_window_and_a_private_chat_does_not()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));
        using var bot = new SendWindowLimiter(Telegram.PerBot, clock);
        using var group = new DestinationPacer(Telegram, isGroup: true, bot, clock);
        using var person = new DestinationPacer(Telegram, isGroup: false, bot, clock);
        for (var i = 0; i < 2; i++)
        {
            (await group.AcquireAsync(CancellationToken.None)).Dispose();
            (await person.AcquireAsync(CancellationToken.None)).Dispose();
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var third = group.AcquireAsync(CancellationToken.None);
        var personsThird = person.AcquireAsync(CancellationToken.None);
        (await personsThird.WaitAsync(Ceiling)).Dispose();
        clock.Advance(TimeSpan.FromSeconds(57));
        var groupStillWaiting = !third.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(1));
        (await third.WaitAsync(Ceiling)).Dispose();

        Assert.True(groupStillWaiting);
        Assert.False(group.IsIdle(clock.GetUtcNow()));
        Assert.True(group.IsIdle(clock.GetUtcNow().AddMinutes(2)));
    }
}
