using LiteDB;

namespace CareBot.Storage.Documents;

/// <summary>Moments as documents hold them: UTC dates, to the millisecond (what LiteDB keeps).</summary>
public static class StoredDates
{
    public static BsonValue Of(DateTimeOffset moment) => new(moment.UtcDateTime);

    /// <summary>
    /// A stored moment, read back. LiteDB returns dates in the machine's local time, except its smallest and
    /// largest, which it returns unconverted: those must not be shifted by the local offset, or a pause
    /// "until resumed" (<see cref="DateTimeOffset.MaxValue"/>) comes back an hour short east of Greenwich.
    /// </summary>
    public static DateTimeOffset Read(BsonValue stored)
    {
        var date = stored.AsDateTime;
        if (date == DateTime.MaxValue)
        {
            return DateTimeOffset.MaxValue;
        }

        return date == DateTime.MinValue ? DateTimeOffset.MinValue : new DateTimeOffset(date.ToUniversalTime(), TimeSpan.Zero);
    }
}
