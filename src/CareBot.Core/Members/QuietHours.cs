using System.Globalization;

namespace CareBot.Core.Members;

/// <summary>
/// A daily window, in a person's own time zone, when nobody should be pinged. "22-08" wraps midnight.
/// </summary>
public sealed record QuietHours(int StartHour, int EndHour)
{
    public static bool TryParse(string text, out QuietHours? quiet)
    {
        quiet = null;
        var parts = text.Trim().Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !TryParseHour(parts[0], out var start)
            || !TryParseHour(parts[1], out var end)
            || start == end)
        {
            return false;
        }

        quiet = new QuietHours(start, end);
        return true;
    }

    /// <summary>When a message created at <paramref name="now"/> may be delivered: now, or the end of the window.</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        if (!Contains(local.Hour))
        {
            return now;
        }

        var endDay = local.Hour >= EndHour ? local.Date.AddDays(1) : local.Date;
        var endLocal = endDay.AddHours(EndHour);
        var offset = zone.GetUtcOffset(endLocal);
        return new DateTimeOffset(endLocal, offset).ToUniversalTime();
    }

    public bool Contains(int hour) => StartHour < EndHour
        ? hour >= StartHour && hour < EndHour
        : hour >= StartHour || hour < EndHour;

    public override string ToString() => $"{StartHour:00}-{EndHour:00}";

    private static bool TryParseHour(string text, out int hour)
    {
        var digits = text.EndsWith(":00", StringComparison.Ordinal) ? text[..^3] : text;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out hour) && hour is >= 0 and <= 23;
    }
}
