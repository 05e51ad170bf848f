using LiteDB;

namespace CareBot.Storage.LiteDb;

/// <summary>
/// Query filters whose values travel as parameters. LiteDB's <see cref="Query"/> helpers write the value into
/// the expression's text, and LiteDB compiles each distinct text once and keeps it for the life of the process:
/// with a member id or the current time in the text, every call compiled a new expression (about a millisecond)
/// and kept it forever. Here the text is the same on every call, so it is compiled once.
/// </summary>
internal static class Filters
{
    public static BsonExpression Equal(string field, BsonValue value) => BsonExpression.Create($"$.{field} = @0", value);

    /// <summary>Any element of an array field equals the value: a multi-key index answers it.</summary>
    public static BsonExpression AnyEqual(string arrayField, BsonValue value) => BsonExpression.Create($"$.{arrayField}[*] ANY = @0", value);

    public static BsonExpression AtMost(string field, BsonValue value) => BsonExpression.Create($"$.{field} <= @0", value);

    public static BsonExpression AtLeast(string field, BsonValue value) => BsonExpression.Create($"$.{field} >= @0", value);

    public static BsonExpression Between(string field, BsonValue first, BsonValue last) =>
        BsonExpression.Create($"$.{field} BETWEEN @0 AND @1", first, last);
}
