using CareBot.Telegram.Hosting;
using CareBot.Telegram.RateLimits;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Telegram.Tests.RateLimits;

public sealed class GlobalPacerTests
{
    [Fact]
    public async Task The_thirty_first_message_in_a_second_waits_until_the_first_is_a_second_old()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));
        using var pacer = new GlobalPacer(Options.Create(new TelegramOptions()), clock);
        for (var i = 0; i < 30; i++)
        {
            (await pacer.AcquireAsync(CancellationToken.None)).Complete(clock.GetUtcNow());
        }

        var next = pacer.AcquireAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMilliseconds(999));
        var stillWaiting = !next.IsCompleted;
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(stillWaiting);
    }
}
