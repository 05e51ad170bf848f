namespace CareBot.Storage.PostgreSql;

/// <summary>Moments as query arguments: PostgreSQL's timestamptz takes UTC only, to the microsecond.</summary>
internal static class Moments
{
    public static object Utc(DateTimeOffset moment) => moment.ToUniversalTime();
}
