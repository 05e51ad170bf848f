using LiteDB;

namespace CareBot.Storage.PostgreSql;

/// <summary>
/// Documents as JSON text for jsonb, in LiteDB's extended JSON: the types JSON lacks keep a tag
/// (<c>{"$date": …}</c>, <c>{"$binary": …}</c>, <c>{"$numberLong": …}</c>), so a document read back is the
/// document written, value for value, and the mapper turns it into the same entity LiteDB would.
/// </summary>
internal static class DocumentJson
{
    public static string Write(BsonDocument document) => JsonSerializer.Serialize(document);

    public static BsonDocument Read(string json) => JsonSerializer.Deserialize(json).AsDocument;
}
