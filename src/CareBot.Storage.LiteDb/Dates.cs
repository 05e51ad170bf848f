using CareBot.Storage.Documents;
using LiteDB;

namespace CareBot.Storage.LiteDb;

/// <summary>Moments in LiteDB queries: UTC dates, to the millisecond, as <see cref="StoredDates"/> writes them.</summary>
internal static class Dates
{
    public static BsonValue Of(DateTimeOffset moment) => StoredDates.Of(moment);

    /// <summary>From the earliest real moment to <paramref name="moment"/>: excludes missing (null) values, which sort first.</summary>
    public static BsonExpression UpTo(string field, DateTimeOffset moment) =>
        Filters.Between(field, new BsonValue(DateTime.MinValue.AddTicks(1)), Of(moment));
}
