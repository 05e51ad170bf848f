using LiteDB;

namespace CareBot.Storage.LiteDb;

/// <summary>Moments as LiteDB stores them: UTC dates, to the millisecond.</summary>
internal static class Dates
{
    public static BsonValue Of(DateTimeOffset moment) => new(moment.UtcDateTime);

    /// <summary>From the earliest real moment to <paramref name="moment"/>: excludes missing (null) values, which sort first.</summary>
    public static BsonExpression UpTo(string field, DateTimeOffset moment) =>
        Query.Between(field, new BsonValue(DateTime.MinValue.AddTicks(1)), Of(moment));
}
