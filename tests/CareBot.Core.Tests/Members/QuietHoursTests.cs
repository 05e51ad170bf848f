using CareBot.Core.Members;

namespace CareBot.Core.Tests.Members;

public sealed class QuietHoursTests
{
    [Theory]
    [InlineData("22-08", 22, 8)]
    [InlineData("22:00-08:00", 22, 8)]
    [InlineData(" 13 - 15 ", 13, 15)]
    [InlineData("0-7", 0, 7)]
    [InlineData("23-0", 23, 0)]
    public void Quiet_hours_read_as_start_and_end_hours(string text, int start, int end)
    {
        Assert.True(QuietHours.TryParse(text, out var quiet));
        Assert.Equal(new QuietHours(start, end), quiet);
    }

    [Theory]
    [InlineData("")]
    [InlineData("22")]
    [InlineData("22-22")]
    [InlineData("24-08")]
    [InlineData("22-08-09")]
    [InlineData("ten-six")]
    [InlineData("-1-08")]
    [InlineData("22:30-08")]
    public void Anything_else_is_refused(string text)
    {
        Assert.False(QuietHours.TryParse(text, out var quiet));
        Assert.Null(quiet);
    }

    [Theory]
    [InlineData(21, false)]
    [InlineData(22, true)]
    [InlineData(23, true)]
    [InlineData(0, true)]
    [InlineData(7, true)]
    [InlineData(8, false)]
    [InlineData(12, false)]
    public void Night_hours_wrap_past_midnight(int hour, bool quiet)
    {
        Assert.Equal(quiet, new QuietHours(22, 8).Contains(hour));
    }

    [Theory]
    [InlineData(12, false)]
    [InlineData(13, true)]
    [InlineData(14, true)]
    [InlineData(15, false)]
    public void Daytime_hours_do_not_wrap(int hour, bool quiet)
    {
        Assert.Equal(quiet, new QuietHours(13, 15).Contains(hour));
    }

    [Theory]
    [InlineData("2026-11-23T21:59:00Z", "2026-11-23T21:59:00Z")]
    [InlineData("2026-11-23T22:00:00Z", "2026-11-24T08:00:00Z")]
    [InlineData("2026-11-23T23:30:00Z", "2026-11-24T08:00:00Z")]
    [InlineData("2026-11-24T03:00:00Z", "2026-11-24T08:00:00Z")]
    [InlineData("2026-11-24T08:00:00Z", "2026-11-24T08:00:00Z")]
    public void Outside_the_window_now_is_allowed_inside_it_the_end_of_the_window(string now, string allowed)
    {
        var next = new QuietHours(22, 8).NextAllowed(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), TimeZoneInfo.Utc);

        Assert.Equal(DateTimeOffset.Parse(allowed, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Theory]
    // Berlin is UTC+1 in November: 21:30 UTC is 22:30 there, so the message waits for 08:00 Berlin, 07:00 UTC.
    [InlineData("2026-11-23T21:30:00Z", "2026-11-24T07:00:00Z")]
    [InlineData("2026-11-23T20:59:00Z", "2026-11-23T20:59:00Z")]
    [InlineData("2026-11-24T06:00:00Z", "2026-11-24T07:00:00Z")]
    // In July Berlin is UTC+2: 08:00 there is 06:00 UTC.
    [InlineData("2026-07-01T01:00:00Z", "2026-07-01T06:00:00Z")]
    public void The_window_is_in_the_persons_own_time_zone(string now, string allowed)
    {
        Assert.True(TimeZones.TryFind("Europe/Berlin", out var berlin));

        var next = new QuietHours(22, 8).NextAllowed(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), berlin);

        Assert.Equal(DateTimeOffset.Parse(allowed, System.Globalization.CultureInfo.InvariantCulture), next);
    }
}
