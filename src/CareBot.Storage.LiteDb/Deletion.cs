using LiteDB;

namespace CareBot.Storage.LiteDb;

internal static class Deletion
{
    private static readonly BsonExpression IdOnly = BsonExpression.Create("{ Id: $._id }");

    /// <summary>
    /// Deletes every matching document, found first and deleted after. LiteDB's own DeleteMany deletes while it
    /// walks the index, which fails on a multi-key index ("invalid segment position in index footer").
    /// </summary>
    public static int DeleteWhere<T>(this ILiteCollection<T> collection, BsonExpression predicate)
    {
        var ids = collection.Query().Where(predicate).Select(IdOnly).ToEnumerable().Select(found => found["Id"]).ToList();
        return ids.Count(collection.Delete);
    }
}
