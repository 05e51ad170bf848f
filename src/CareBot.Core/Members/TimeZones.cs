namespace CareBot.Core.Members;

/// <summary>Looks up IANA time zones (Europe/Berlin) without throwing on bad input.</summary>
public static class TimeZones
{
    public static bool TryFind(string id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return false;
        }

        if (string.Equals(id, "UTC", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>The zone for a stored id; a zone that disappeared from the system falls back to UTC.</summary>
    public static TimeZoneInfo FindOrUtc(string? id) => id is not null && TryFind(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
